package io.lakefront.domain.gold.profile;

import java.util.List;

/** Port: a customer's member records with their prepared values, as the latest resolution run assigned them. */
@FunctionalInterface
public interface MemberRecords {
    /** The cluster's members in assignment order; empty for an unknown cluster. */
    List<ProfileMember> of(long clusterId);
}
