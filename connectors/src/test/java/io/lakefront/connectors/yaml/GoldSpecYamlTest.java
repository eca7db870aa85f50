package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.gold.ConsentChannel;
import io.lakefront.domain.gold.CustomGoldField;
import io.lakefront.domain.gold.FieldRule;
import io.lakefront.domain.gold.GoldField;
import io.lakefront.domain.gold.GoldFieldType;
import io.lakefront.domain.gold.GoldSpec;
import io.lakefront.domain.gold.GoldTarget;
import io.lakefront.domain.gold.SurvivorshipRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSpecYamlTest {
    private static final Path FILE = Path.of("ws", "gold.yaml");

    @TempDir
    Path dir;

    @Test
    void aWrittenSpecReadsBackTheSame() throws Exception {
        GoldSpec spec = GoldSpec.defaults()
                .withRule(GoldField.EMAIL, FieldRule.sourcePriority(List.of("crm", "shop")))
                .withRule(GoldField.LOYALTY_TIER, FieldRule.customOrder(List.of("platinum", "gold", "silver")))
                .withRule(GoldField.STREET, FieldRule.of(SurvivorshipRule.LONGEST))
                .withCustomField(new CustomGoldField("favourite_store", GoldFieldType.TEXT, FieldRule.of(SurvivorshipRule.MOST_FREQUENT)))
                .withCustomField(new CustomGoldField("points", GoldFieldType.NUMBER, FieldRule.sourcePriority(List.of("crm"))))
                .withMapping("crm", "Preferred Store", GoldTarget.custom("favourite_store"))
                .withMapping("crm", "Newsletter \"weekly\"", GoldTarget.consent(ConsentChannel.EMAIL))
                .withMapping("shop", "notes", GoldTarget.IGNORE);
        Path file = dir.resolve("gold.yaml");
        GoldSpecYaml.write(spec, file);
        assertThat(GoldSpecYaml.read(file)).isEqualTo(spec);
        assertThat(Files.readString(file)).contains("street: longest", "email_opt_in: most_restrictive");
    }

    @Test
    void theShortFormAndLeftOutSectionsTakeTheDefaults() {
        GoldSpec spec = GoldSpecYaml.read("fields:\n  phone: most frequent\n", FILE);
        assertThat(spec.rule(GoldField.PHONE).rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
        assertThat(spec.rule(GoldField.CITY)).isEqualTo(FieldRule.MOST_RECENT);
        assertThat(GoldSpecYaml.read("", FILE)).isEqualTo(GoldSpec.defaults());
        assertThat(GoldSpecYaml.readOrDefaults(dir.resolve("missing.yaml"))).isEqualTo(GoldSpec.defaults());
    }

    @Test
    void problemsNameTheLineAndColumn() {
        assertThatThrownBy(() -> GoldSpecYaml.read("fields:\n  email: newest\n", FILE))
                .isInstanceOf(UserError.class).hasMessageStartingWith(FILE + ":2:10: email: 'newest' is not one of");
        assertThatThrownBy(() -> GoldSpecYaml.read("fields:\n  emial: most_recent\n", FILE))
                .hasMessageStartingWith(FILE + ":2:3: unknown gold field 'emial'");
        assertThatThrownBy(() -> GoldSpecYaml.read("fields:\n  sms_opt_in: most_recent\n", FILE))
                .hasMessageStartingWith(FILE + ":2:15: sms_opt_in: consent always takes the most restrictive value");
        assertThatThrownBy(() -> GoldSpecYaml.read("fields:\n  email:\n    rule: source_priority\n", FILE))
                .hasMessageStartingWith(FILE + ":3:5: source_priority needs the sources");
        assertThatThrownBy(() -> GoldSpecYaml.read("mappings:\n  crm:\n    Store: favourite_store\n", FILE))
                .hasMessageStartingWith(FILE + ":3:12: crm.Store: 'favourite_store' is not a gold field");
        assertThatThrownBy(() -> GoldSpecYaml.read("custom_fields:\n  email:\n    type: text\n", FILE))
                .hasMessageStartingWith(FILE + ":2:3: 'email' is already a gold column");
        assertThatThrownBy(() -> GoldSpecYaml.read("custom_fields:\n  points:\n    type: money\n", FILE))
                .hasMessageStartingWith(FILE + ":3:11: points.type: 'money' is not one of text, number, date, boolean");
        assertThatThrownBy(() -> GoldSpecYaml.read("felds: {}\n", FILE))
                .hasMessageStartingWith(FILE + ":1:1: unknown key 'felds'");
        assertThatThrownBy(() -> GoldSpecYaml.read("fields: [a\n", FILE)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(FILE + ":");
    }
}
