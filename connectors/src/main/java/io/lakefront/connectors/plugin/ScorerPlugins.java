package io.lakefront.connectors.plugin;

import io.lakefront.domain.UserError;
import io.lakefront.domain.identity.ScorerPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds people's own match scorers: every jar in a plug-in folder ({@code <workspace>/plugins})
 * is searched with {@link ServiceLoader} for {@link ScorerPlugin}s (listed in the jar's
 * {@code META-INF/services/io.lakefront.domain.identity.ScorerPlugin}). Jars are read in file-name
 * order, each with a class loader of its own that stays open while its plugins are in use.
 */
public final class ScorerPlugins {
    public static final String FOLDER = "plugins";

    private ScorerPlugins() {
    }

    /** The plugins of the folder's jars, in jar-name order; none when the folder does not exist. */
    public static List<ScorerPlugin> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plug-in folder " + folder, e);
        }
        List<ScorerPlugin> plugins = new ArrayList<>();
        for (Path jar : jars) {
            plugins.addAll(fromJar(jar));
        }
        return plugins;
    }

    private static List<ScorerPlugin> fromJar(Path jar) {
        checkIsJar(jar);
        URLClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, ScorerPlugin.class.getClassLoader());
        List<ScorerPlugin> found = new ArrayList<>();
        try {
            for (ScorerPlugin plugin : ServiceLoader.load(ScorerPlugin.class, loader)) {
                if (plugin.getClass().getClassLoader() == loader) {
                    found.add(plugin);
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new UserError(jar + ": cannot load its scorer plugin: " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new UserError(jar + ": no scorer plugin in it (a jar in the plug-in folder lists its classes in "
                    + "META-INF/services/" + ScorerPlugin.class.getName() + ")");
        }
        return found;
    }

    private static void checkIsJar(Path jar) {
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // Opened: a jar (or zip) file.
        } catch (IOException e) {
            throw new UserError(jar + ": not a readable jar file (" + e.getMessage() + ")");
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UserError(jar + ": not a usable path for a plug-in jar");
        }
    }
}
