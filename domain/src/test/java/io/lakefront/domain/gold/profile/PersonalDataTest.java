package io.lakefront.domain.gold.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.prep.ColumnTag;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
    @Test
    void masksAsTheGovernanceRulesSay() {
        assertThat(PersonalData.maskEmail("jane.doe@example.com")).isEqualTo("j***@example.com");
        assertThat(PersonalData.maskPhone("+15125550134")).isEqualTo("+*********34");
        assertThat(PersonalData.maskBirthDate("1984-03-07")).isEqualTo("1984");
        assertThat(PersonalData.maskField("street", "12 Elm St")).isEqualTo(PersonalData.HIDDEN);
        assertThat(PersonalData.maskField("city", "Austin")).isEqualTo("Austin");
        assertThat(PersonalData.maskField("email", null)).isNull();
        assertThat(PersonalData.maskByTag(ColumnTag.PHONE, "(512) 555-0134")).isEqualTo("(***) ***-**34");
        assertThat(PersonalData.maskByTag(ColumnTag.STREET_NUMBER, "12")).isEqualTo(PersonalData.HIDDEN);
        assertThat(PersonalData.maskByTag(ColumnTag.GIVEN_NAME, "Jane")).isEqualTo("Jane");
    }
}
