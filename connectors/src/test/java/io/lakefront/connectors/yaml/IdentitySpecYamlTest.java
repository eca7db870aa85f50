package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.BlockingKey;
import io.lakefront.domain.identity.BlockingRule;
import io.lakefront.domain.identity.Comparison;
import io.lakefront.domain.identity.ComparisonLevel;
import io.lakefront.domain.identity.DeterministicRule;
import io.lakefront.domain.identity.IdentitySpec;
import io.lakefront.domain.identity.Thresholds;
import io.lakefront.domain.identity.mapping.SpecForFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentitySpecYamlTest {
    @TempDir
    Path temp;

    private Path file(String yaml) throws Exception {
        Path file = temp.resolve("identity.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void theDefaultSpecificationReadsBackAsWritten() throws Exception {
        Path file = temp.resolve("rules.yaml");
        IdentitySpecYaml.write(IdentitySpec.defaults(), file);

        assertThat(IdentitySpecYaml.read(file)).isEqualTo(IdentitySpec.defaults());
        assertThat(Files.readString(file)).contains("soundex(family_name)", "Jaro-Winkler >= 0.92", "nickname",
                "within 31 days or day/month swapped", "first 2 of given_name", "auto_match: 6.0");
    }

    @Test
    void everyKindOfKeyAndLevelSurvivesARoundTrip() throws Exception {
        IdentitySpec defaults = IdentitySpec.defaults();
        IdentitySpec spec = new IdentitySpec(
                List.of(BlockingRule.of("all kinds", new BlockingKey.Exact("email"), new BlockingKey.Soundex("city"),
                        new BlockingKey.Metaphone("street"), new BlockingKey.BirthYear("birth_date"),
                        new BlockingKey.FirstChars("postcode", 3))),
                List.of(new Comparison("postcode \"area\"", "postcode", List.of(new ComparisonLevel.Exact(),
                        new ComparisonLevel.NumericWithin(2.5), new ComparisonLevel.DateWithin(7, false),
                        new ComparisonLevel.PhoneticEqual(), new ComparisonLevel.LevenshteinAtMost(3)), true)),
                List.of(), new Thresholds(8.25, -1.5), defaults.training(), defaults.guards());
        Path file = temp.resolve("kinds.yaml");
        IdentitySpecYaml.write(spec, file);

        assertThat(IdentitySpecYaml.read(file)).isEqualTo(spec);
    }

    @Test
    void aFittedZeroConfigSpecificationRoundTripsWithGender() throws Exception {
        IdentitySpec spec = SpecForFields.zeroConfig(Set.of("given_name", "family_name", "gender", "email")).spec();
        Path file = temp.resolve("fitted.yaml");
        IdentitySpecYaml.write(spec, file);

        assertThat(IdentitySpecYaml.read(file)).isEqualTo(spec);
    }

    @Test
    void unsavedTextParsesLikeAFileAndItsErrorsNameTheOriginLineAndColumn() throws Exception {
        Path origin = temp.resolve("identity.yaml");
        String text = IdentitySpecYaml.text(IdentitySpec.defaults());

        assertThat(IdentitySpecYaml.parse(text, origin)).isEqualTo(IdentitySpec.defaults());
        assertThat(Files.exists(origin)).isFalse();
        assertThatThrownBy(() -> IdentitySpecYaml.parse("""
                blocking:
                  - name: by email
                    keys: [emial]
                comparisons:
                  - field: email
                    levels: [exact]
                """, origin))
                .isInstanceOf(UserError.class)
                .hasMessage(origin + ":3:12: unknown field 'emial' (known: "
                        + String.join(", ", IdentitySpecYamlReader.KNOWN_FIELDS)
                        + ", or an other_id column's field ending in _id)");
    }

    @Test
    void sectionsLeftOutTakeTheDefaults() throws Exception {
        IdentitySpec spec = IdentitySpecYaml.read(file("""
                blocking:
                  - name: by email
                    keys: [email]
                comparisons:
                  - field: given_name
                    levels: [exact, Jaro-Winkler >= 0.9]
                thresholds:
                  review: -2
                """));

        assertThat(spec.blocking()).containsExactly(BlockingRule.of("by email", new BlockingKey.Exact("email")));
        assertThat(spec.comparisons()).containsExactly(new Comparison("given_name", "given_name",
                List.of(new ComparisonLevel.Exact(), new ComparisonLevel.JaroWinklerAtLeast(0.9)), false));
        assertThat(spec.deterministicRules()).isEmpty();
        assertThat(spec.thresholds()).isEqualTo(new Thresholds(IdentitySpec.defaults().thresholds().autoMatch(), -2));
        assertThat(spec.training()).isEqualTo(IdentitySpec.defaults().training());
        assertThat(spec.guards()).isEqualTo(IdentitySpec.defaults().guards());
    }

    @Test
    void aMisspelledKeyIsReportedAtItsLineAndColumn() throws Exception {
        Path file = file("""
                blocking:
                  - name: by email
                    kyes: [email]
                comparisons: []
                """);
        assertThatThrownBy(() -> IdentitySpecYaml.read(file)).isInstanceOf(UserError.class)
                .hasMessage(file + ":3:5: unknown key 'kyes' in a blocking rule (known: name, keys)");
    }

    @Test
    void anUnknownFieldOrLevelNamesWhatIsAccepted() throws Exception {
        Path badField = file("""
                deterministic_rules:
                  - name: same mail
                    fields: [emial]
                comparisons:
                  - field: email
                    levels: [exact]
                """);
        assertThatThrownBy(() -> IdentitySpecYaml.read(badField)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(badField + ":3:14: unknown field 'emial' (known: given_name");
        Path badLevel = file("""
                blocking:
                  - name: by email
                    keys: [email]
                comparisons:
                  - field: email
                    levels: [exact, "cosine >= 0.5"]
                """);
        assertThatThrownBy(() -> IdentitySpecYaml.read(badLevel)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(badLevel + ":6:21: 'cosine >= 0.5' is not a comparison level");
    }

    @Test
    void ruleChecksOfTheSpecificationArePlacedWhereTheValueIs() throws Exception {
        Path reversed = file("""
                blocking:
                  - name: by email
                    keys: [email]
                comparisons:
                  - field: email
                    levels: [exact, Jaro-Winkler >= 1.5]
                """);
        assertThatThrownBy(() -> IdentitySpecYaml.read(reversed)).isInstanceOf(UserError.class)
                .hasMessage(reversed + ":6:21: Jaro-Winkler threshold must be in (0, 1], was 1.5");
        Path thresholds = file("""
                blocking:
                  - name: by email
                    keys: [email]
                comparisons:
                  - field: email
                    levels: [exact]
                thresholds:
                  auto_match: 1
                  review: 3
                """);
        assertThatThrownBy(() -> IdentitySpecYaml.read(thresholds)).isInstanceOf(UserError.class)
                .hasMessage(thresholds + ":8:3: review threshold 3.0 is above auto-match 1.0");
        Path nothingToBlock = file("""
                comparisons:
                  - field: email
                    levels: [exact]
                """);
        assertThatThrownBy(() -> IdentitySpecYaml.read(nothingToBlock)).isInstanceOf(UserError.class)
                .hasMessage(nothingToBlock + ":1:1: a specification needs at least one blocking or deterministic rule");
    }

    @Test
    void brokenYamlAndAMissingFileAreUserErrors() throws Exception {
        Path broken = file("blocking: [email\ncomparisons: x\n");
        assertThatThrownBy(() -> IdentitySpecYaml.read(broken)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(broken + ":");
        Path missing = temp.resolve("missing.yaml");
        assertThatThrownBy(() -> IdentitySpecYaml.read(missing)).isInstanceOf(UserError.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void deterministicRulesReadAsWritten() throws Exception {
        IdentitySpec spec = IdentitySpecYaml.read(file("""
                deterministic_rules:
                  - name: same email and birth date
                    fields: [email, birth_date]
                comparisons:
                  - field: email
                    term_frequency: yes
                    levels: [exact, levenshtein <= 2]
                """));
        assertThat(spec.deterministicRules()).containsExactly(DeterministicRule.of("same email and birth date",
                "email", "birth_date"));
        assertThat(spec.comparisons().get(0).termFrequency()).isTrue();
    }
}
