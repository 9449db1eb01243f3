package io.manifesto.examples;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compiles and runs a code block of the README as the body of a {@code main}, the way a reader pastes it. */
final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /** The code fenced as {@code ```java} that begins with {@code firstLine}. */
    static String javaBlock(String readme, String firstLine) {
        int start = readme.indexOf("```java\n" + firstLine);
        if (start < 0) {
            throw new AssertionError("the README has no java block starting with " + firstLine);
        }
        int body = start + "```java\n".length();
        return readme.substring(body, readme.indexOf("```", body));
    }

    /**
     * What {@code main} prints when its body is {@code statements}, with {@code imports} above the class; compiled
     * against this test's class path into {@code work}.
     */
    static String runAsMain(String imports, String statements, Path work) throws IOException, ReflectiveOperationException {
        String source = imports + "\npublic class ReadmeMain {\n    public static void main(String[] args) {\n"
                + statements + "\n    }\n}\n";
        Path file = Files.writeString(work.resolve("ReadmeMain.java"), source);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = compiler.run(null, diagnostics, diagnostics, "-classpath", classPath, "-d", work.toString(),
                file.toString());
        if (code != 0) {
            throw new AssertionError("the README's code does not compile as the body of main:\n" + diagnostics
                    + "\n" + source);
        }
        PrintStream previous = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
                ReadmeSnippets.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeMain").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the README's main threw " + e.getCause(), e.getCause());
        } finally {
            System.setOut(previous);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
