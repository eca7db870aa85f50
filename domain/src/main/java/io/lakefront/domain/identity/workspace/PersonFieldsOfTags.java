package io.lakefront.domain.identity.workspace;

import io.lakefront.domain.identity.StandardFields;
import io.lakefront.domain.identity.mapping.PersonFields;
import io.lakefront.domain.prep.PreparedColumn;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The person fields the prepared sources' tags promise, without reading a row: for proposing rules. */
final class PersonFieldsOfTags {
    private PersonFieldsOfTags() {
    }

    static Set<String> present(PreparedSources sources) {
        Set<String> fields = new LinkedHashSet<>();
        for (String source : sources.names()) {
            List<PreparedColumn> columns = sources.columns(source);
            if (!WorkspaceRecords.isAboutPeople(columns)) {
                continue;
            }
            for (PreparedColumn column : columns) {
                switch (column.tag()) {
                    case GIVEN_NAME -> fields.add(StandardFields.GIVEN_NAME);
                    case FAMILY_NAME -> fields.add(StandardFields.FAMILY_NAME);
                    case FULL_NAME -> {
                        fields.add(StandardFields.GIVEN_NAME);
                        fields.add(StandardFields.FAMILY_NAME);
                    }
                    case EMAIL -> fields.add(StandardFields.EMAIL);
                    case PHONE -> fields.add(StandardFields.PHONE);
                    case BIRTH_DATE -> fields.add(StandardFields.BIRTH_DATE);
                    case STREET, STREET_NUMBER -> fields.add(StandardFields.STREET);
                    case CITY -> fields.add(StandardFields.CITY);
                    case POSTCODE -> fields.add(StandardFields.POSTCODE);
                    case REGION -> fields.add(StandardFields.REGION);
                    case COUNTRY -> fields.add(StandardFields.COUNTRY);
                    case NATIONAL_ID -> fields.add(StandardFields.NATIONAL_ID);
                    case GENDER -> fields.add(PersonFields.GENDER);
                    default -> { }
                }
            }
        }
        return fields;
    }
}
