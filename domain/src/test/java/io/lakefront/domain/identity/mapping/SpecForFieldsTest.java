package io.lakefront.domain.identity.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.StandardFields;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecForFieldsTest {
    @Test
    void partsOnFieldsNoInputHasAreDroppedAndNamed() {
        SpecForFields.Fitted fitted = SpecForFields.zeroConfig(Set.of(StandardFields.GIVEN_NAME,
                StandardFields.FAMILY_NAME, StandardFields.EMAIL));
        IdentitySpec spec = fitted.spec();

        assertThat(spec.fieldsUsed()).containsExactlyInAnyOrder(StandardFields.GIVEN_NAME, StandardFields.FAMILY_NAME,
                StandardFields.EMAIL);
        assertThat(spec.comparisons()).extracting(Comparison::field).containsExactly(StandardFields.GIVEN_NAME,
                StandardFields.FAMILY_NAME, StandardFields.EMAIL);
        assertThat(spec.blocking()).extracting(BlockingRule::name).contains("email", "full name", "names sound alike")
                .doesNotContain("phone", "family name sound + birth year");
        assertThat(spec.deterministicRules()).extracting(DeterministicRule::name).containsExactly("same email");
        assertThat(spec.training().rules()).extracting(BlockingRule::name).containsExactly("train on names",
                "train on email");
        assertThat(fitted.dropped()).contains("comparison 'phone'", "blocking 'phone'",
                "deterministic rule 'same name and birth date'", "comparison 'gender'");
    }

    @Test
    void genderIsComparedWhenAnInputHasIt() {
        IdentitySpec spec = SpecForFields.zeroConfig(Set.of(StandardFields.EMAIL, PersonFields.GENDER)).spec();

        assertThat(spec.comparisons()).extracting(Comparison::field).containsExactly(StandardFields.EMAIL,
                PersonFields.GENDER);
    }

    @Test
    void withEveryFieldPresentNothingIsDropped() {
        SpecForFields.Fitted fitted = SpecForFields.fit(IdentitySpec.defaults(), Set.copyOf(PersonFields.ALL));

        assertThat(fitted.dropped()).isEmpty();
        assertThat(fitted.spec()).isEqualTo(IdentitySpec.defaults());
    }

    @Test
    void inputsWithNothingToMatchOnAreAUserErrorNamingWhatWasFound() {
        assertThatThrownBy(() -> SpecForFields.zeroConfig(Set.of(StandardFields.COUNTRY)))
                .isInstanceOf(UserError.class).hasMessageContaining("fields found: country");
    }
}
