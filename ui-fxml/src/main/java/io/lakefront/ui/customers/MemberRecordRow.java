package io.lakefront.ui.customers;

import io.lakefront.domain.gold.profile.ProfileMember;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.prep.ColumnTag;

/** One member record in the members table: its key and the values most people look at first. */
public record MemberRecordRow(RecordKey key, String source, String recordId, String name, String email, String phone,
                              String place, String allValues) {
    static MemberRecordRow of(ProfileMember member) {
        if (!member.current()) {
            String gone = "(prepared again since the run)";
            return new MemberRecordRow(member.key(), member.key().source(), member.key().recordId(), gone, "", "", "", gone);
        }
        String name = or(member.valueOf(ColumnTag.FULL_NAME),
                (or(member.valueOf(ColumnTag.GIVEN_NAME), "") + " " + or(member.valueOf(ColumnTag.FAMILY_NAME), "")).strip());
        String place = (or(member.valueOf(ColumnTag.CITY), "") + " " + or(member.valueOf(ColumnTag.COUNTRY), "")).strip();
        StringBuilder all = new StringBuilder();
        for (ProfileMember.Value value : member.values()) {
            all.append(all.isEmpty() ? "" : "\n").append(value.column()).append(": ")
                    .append(value.value() == null || value.value().isEmpty() ? "—" : value.value());
        }
        return new MemberRecordRow(member.key(), member.key().source(), member.key().recordId(), name,
                or(member.valueOf(ColumnTag.EMAIL), ""), or(member.valueOf(ColumnTag.PHONE), ""), place, all.toString());
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
