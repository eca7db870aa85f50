package io.lakefront.domain.campaign.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefTreeTest {
    private final CampaignBrief brief = Briefs.winBack(Briefs.facts(2000, 1600, 700, 100))
            .withGuardrails(Guardrails.defaults().withChannelCaps(Map.of(Channel.SMS, 1)))
            .withVersion(3).approvedBy("ada", Instant.parse("2026-10-20T09:30:00Z"));

    @Test
    void a_brief_survives_its_tree() {
        assertThat(BriefTree.read(BriefTree.write(brief))).isEqualTo(brief);
        assertThat(BriefTree.write(brief).keySet()).containsSubsequence("name", "goal", "status", "audience", "channels",
                "summary", "start_date");
        assertThat(BriefTree.write(brief).get("goal")).isEqualTo("win back");
    }

    @Test
    void values_read_as_text_like_a_yaml_file_gives_them() {
        Map<String, Object> tree = textOnly(BriefTree.write(brief));
        assertThat(BriefTree.read(tree)).isEqualTo(brief);
    }

    @Test
    void problems_name_their_path() {
        assertThatThrownBy(() -> BriefTree.read(with("touchpoints.1.channel", "fax"))).isInstanceOf(UserError.class)
                .hasMessage("touchpoints[1].channel: unknown channel 'fax' (email, sms, push)");
        assertThatThrownBy(() -> BriefTree.read(with("touchpoints.0.variants.1.weight", "lots")))
                .hasMessage("touchpoints[0].variants[1].weight: 'lots' is not a whole number");
        assertThatThrownBy(() -> BriefTree.read(with("guardrails.overall_cap", "0")))
                .hasMessage("guardrails: the overall cap must be at least 1 message (found 0)");
        assertThatThrownBy(() -> BriefTree.read(with("guardrails.opt_outs", "never")))
                .hasMessageContaining("guardrails.opt_outs: opt-outs are always honoured");
        assertThatThrownBy(() -> BriefTree.read(with("metric.colour", "blue")))
                .hasMessageStartingWith("metric.colour: unknown key");
        assertThatThrownBy(() -> BriefTree.read(with("audience_filter.all.0.field", "shoe_size")))
                .hasMessage("audience_filter.all[0]: unknown field 'shoe_size'");
        assertThatThrownBy(() -> BriefTree.read(with("goal", "make money"))).hasMessageStartingWith("goal: unknown goal");
    }

    @Test
    void a_file_from_before_briefs_holds_no_brief_and_other_top_level_keys_are_left_alone() {
        assertThat(BriefTree.holdsBrief(Map.of("name", "x", "goal", "win back", "channels", List.of("email")))).isFalse();
        Map<String, Object> tree = BriefTree.write(brief);
        tree.put("simulation", Map.of("sample", 100));
        assertThat(BriefTree.read(tree)).isEqualTo(brief);
    }

    /** The tree with one value replaced; the path's parts are keys or list indexes. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> with(String path, Object value) {
        Map<String, Object> tree = textOnly(BriefTree.write(brief));
        Object node = tree;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node instanceof Map<?, ?> m ? m.get(parts[i]) : ((List<Object>) node).get(Integer.parseInt(parts[i]));
        }
        String last = parts[parts.length - 1];
        if (node instanceof Map<?, ?>) {
            ((Map<String, Object>) node).put(last, value);
        } else {
            ((List<Object>) node).set(Integer.parseInt(last), value);
        }
        return tree;
    }

    /** Maps and lists copied (mutable), every scalar as text. */
    static Map<String, Object> textOnly(Map<?, ?> tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        tree.forEach((k, v) -> copy.put(String.valueOf(k), textOnlyValue(v)));
        return copy;
    }

    private static Object textOnlyValue(Object value) {
        if (value instanceof Map<?, ?> m) {
            return textOnly(m);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(item -> copy.add(textOnlyValue(item)));
            return copy;
        }
        return value == null ? null : String.valueOf(value);
    }
}
