package io.lakefront.connectors.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.decision.DecisionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlDecisionPolicyStoreTest {
    @TempDir
    Path workspace;

    @Test
    void no_file_means_the_defaults() {
        assertThat(new YamlDecisionPolicyStore(workspace).load()).isEqualTo(DecisionPolicy.defaults());
    }

    @Test
    void reads_every_setting_and_keeps_defaults_for_the_others() throws Exception {
        Files.writeString(workspace.resolve("decisioning.yaml"), """
                exploration_share: 0.1
                daily_cap: 2
                weights:
                  VIP early access: 1.5
                  Win back lapsed customers: 0.8
                """);

        DecisionPolicy policy = new YamlDecisionPolicyStore(workspace).load();

        assertThat(policy.explorationShare()).isEqualTo(0.1);
        assertThat(policy.dailyCap()).isEqualTo(2);
        assertThat(policy.weight("VIP early access")).isEqualTo(1.5);
        assertThat(policy.weight("Welcome series")).isEqualTo(1.0);
        assertThat(policy.coldStartSends()).isEqualTo(DecisionPolicy.defaults().coldStartSends());
    }

    @Test
    void a_bad_value_names_the_file_line_and_column() throws Exception {
        Files.writeString(workspace.resolve("decisioning.yaml"), "daily_cap: 1\nweights:\n  VIP: lots\n");

        assertThatThrownBy(() -> new YamlDecisionPolicyStore(workspace).load()).isInstanceOf(UserError.class)
                .hasMessageContaining("decisioning.yaml:3:8").hasMessageContaining("'lots' is not a number");
    }

    @Test
    void an_out_of_range_value_or_unknown_key_is_refused_with_the_file() throws Exception {
        Files.writeString(workspace.resolve("decisioning.yaml"), "exploration_share: 0.9\n");
        assertThatThrownBy(() -> new YamlDecisionPolicyStore(workspace).load()).isInstanceOf(UserError.class)
                .hasMessageContaining("decisioning.yaml").hasMessageContaining("exploration share 0.9");

        Files.writeString(workspace.resolve("decisioning.yaml"), "explore: 0.1\n");
        assertThatThrownBy(() -> new YamlDecisionPolicyStore(workspace).load()).isInstanceOf(UserError.class)
                .hasMessageContaining("decisioning.yaml:1:1").hasMessageContaining("unknown setting 'explore'");
    }
}
