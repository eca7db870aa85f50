package io.lakefront.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakefront.domain.identity.ScorerPlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/** Compiles a scorer plugin's source and packs it with its service entry, as a user would ship it. */
final class PluginJar {
    private PluginJar() {
    }

    static Path write(Path jar, String className, String source, Path build) throws IOException {
        Path file = Files.createDirectories(build.resolve("src")).resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        Path classes = Files.createDirectories(build.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString(), file.toString());
        assertThat(status).as("plugin compiles").isZero();
        Files.createDirectories(jar.getParent());
        String entry = className.replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/" + ScorerPlugin.class.getName()));
            out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
