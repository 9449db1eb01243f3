package io.manifesto.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code io.manifesto.build.BuildRender} inside a class loader of the project's runtime class path alone (its
 * parent is the JDK's platform loader), so the project's own Manifesto version renders its definitions, never the
 * plugin's. Only JDK types cross between the two.
 */
final class ProjectRenderer {

    static final String ENTRY_POINT = "io.manifesto.build.BuildRender";
    static final int CONTRACT = 1;

    private ProjectRenderer() {
    }

    /** The result of {@code BuildRender.render(...)} run over {@code classPath}. */
    static Map<String, List<String>> render(List<String> classPath, String libraryVersion, RenderRequest request)
            throws MojoExecutionException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(classPath), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method render = entryPoint(loader, libraryVersion);
            @SuppressWarnings("unchecked")
            Map<String, List<String>> result = (Map<String, List<String>>) render.invoke(null,
                    request.definitions(), request.scanDirectory(), request.environments(), request.formats(),
                    request.outputDirectory(), request.clean());
            return result;
        } catch (InvocationTargetException e) {
            throw new MojoExecutionException("manifesto-core " + libraryVersion + " failed while rendering: "
                    + e.getCause(), e.getCause());
        } catch (IllegalAccessException | IOException e) {
            throw new MojoExecutionException("cannot run " + ENTRY_POINT + ": " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Method entryPoint(ClassLoader loader, String libraryVersion) throws MojoExecutionException {
        try {
            Class<?> type = Class.forName(ENTRY_POINT, true, loader);
            int contract = type.getField("CONTRACT").getInt(null);
            if (contract != CONTRACT) {
                throw new MojoExecutionException("manifesto-core " + libraryVersion + " speaks build contract "
                        + contract + ", this plugin speaks " + CONTRACT + ": use the plugin of the same version as"
                        + " manifesto-core (import io.manifesto:manifesto-bom)");
            }
            return type.getMethod("render", List.class, String.class, List.class, List.class, String.class,
                    boolean.class);
        } catch (ClassNotFoundException | NoSuchFieldException | NoSuchMethodException | IllegalAccessException e) {
            throw new MojoExecutionException("manifesto-core " + libraryVersion + " has no " + ENTRY_POINT
                    + " that this plugin can call: use manifesto-core of the plugin's version", e);
        }
    }

    private static URL[] urls(List<String> classPath) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        for (String element : classPath) {
            try {
                urls.add(Path.of(element).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("class path element " + element + " is not a path", e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
