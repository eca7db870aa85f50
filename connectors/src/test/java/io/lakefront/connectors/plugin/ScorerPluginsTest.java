package io.lakefront.connectors.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.ComparedPair;
import io.lakefront.domain.identity.RecordKey;
import io.lakefront.domain.identity.ScorerPlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin compiled and packed into a jar here, as a user would, is found in the plug-in folder. */
class ScorerPluginsTest {
    private static final String SOURCE = """
            package example;

            import io.lakefront.domain.identity.ComparedPair;
            import io.lakefront.domain.identity.ScorerPlugin;

            public final class SameCityBonus implements ScorerPlugin {
                @Override public String name() { return "same city bonus"; }
                @Override public Mode mode() { return Mode.ADD; }
                @Override public double weight(ComparedPair pair) {
                    String city = pair.valueA("city");
                    return city != null && city.equals(pair.valueB("city")) ? 2.5 : 0;
                }
            }
            """;

    @TempDir
    Path folder;

    /** Compiles the plugin source and writes a jar with its class and its service entry. */
    private Path pluginJar(String jarName, boolean withServiceEntry) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src/example"));
        Path source = Files.writeString(sources.resolve("SameCityBonus.java"), SOURCE);
        Path classes = Files.createDirectories(folder.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), source.toString());
        assertThat(status).as("plugin compiles").isZero();
        Path plugins = Files.createDirectories(folder.resolve(ScorerPlugins.FOLDER));
        Path jar = plugins.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("example/SameCityBonus.class"));
            out.write(Files.readAllBytes(classes.resolve("example/SameCityBonus.class")));
            out.closeEntry();
            if (withServiceEntry) {
                out.putNextEntry(new JarEntry("META-INF/services/" + ScorerPlugin.class.getName()));
                out.write("example.SameCityBonus\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static ComparedPair pair(String cityA, String cityB) {
        return new ComparedPair() {
            @Override public RecordKey recordA() { return new RecordKey("a", "1"); }
            @Override public RecordKey recordB() { return new RecordKey("b", "2"); }
            @Override public String valueA(String field) { return field.equals("city") ? cityA : null; }
            @Override public String valueB(String field) { return field.equals("city") ? cityB : null; }
            @Override public String level(String comparison) { return null; }
            @Override public double modelWeight() { return 0; }
        };
    }

    @Test
    void aPluginInAJarOfThePluginFolderIsLoadedAndScores() throws IOException {
        pluginJar("city-bonus.jar", true);

        List<ScorerPlugin> plugins = ScorerPlugins.load(folder.resolve(ScorerPlugins.FOLDER));

        assertThat(plugins).hasSize(1);
        ScorerPlugin plugin = plugins.get(0);
        assertThat(plugin.name()).isEqualTo("same city bonus");
        assertThat(plugin.getClass().getName()).isEqualTo("example.SameCityBonus");
        assertThat(plugin.weight(pair("ballarat", "ballarat"))).isEqualTo(2.5);
        assertThat(plugin.weight(pair("ballarat", "bendigo"))).isZero();
    }

    @Test
    void noFolderMeansNoPlugins() {
        assertThat(ScorerPlugins.load(folder.resolve("nowhere"))).isEmpty();
    }

    @Test
    void aJarWithoutAServiceEntryOrNotAJarAtAllIsAUserErrorNamingIt() throws IOException {
        Path jar = pluginJar("forgot-the-service-file.jar", false);
        assertThatThrownBy(() -> ScorerPlugins.load(jar.getParent())).isInstanceOf(UserError.class)
                .hasMessageContaining("forgot-the-service-file.jar").hasMessageContaining("META-INF/services");

        Files.delete(jar);
        Files.writeString(jar.getParent().resolve("notes.jar"), "not a jar");
        assertThatThrownBy(() -> ScorerPlugins.load(jar.getParent())).isInstanceOf(UserError.class)
                .hasMessageContaining("notes.jar").hasMessageContaining("not a readable jar");
    }
}
