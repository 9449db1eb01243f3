package io.manifesto.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** manifesto-bom aligns every published artifact, and carries the parent's metadata, as it cannot inherit it. */
class BomTest {

    private static final Path DSL = Path.of("../dsl");

    @Test
    void listsEveryLibraryModuleUnderDsl() throws IOException {
        String bom = Files.readString(DSL.resolve("bom/pom.xml"));
        List<String> modules;
        try (Stream<Path> poms = Files.list(DSL)) {
            modules = poms.map(module -> module.resolve("pom.xml")).filter(Files::isRegularFile)
                    .filter(pom -> !pom.startsWith(DSL.resolve("bom"))).filter(BomTest::isPublished)
                    .map(BomTest::artifactId).sorted().toList();
        }

        assertThat(modules).isNotEmpty().allSatisfy(artifactId ->
                assertThat(bom).contains("<artifactId>" + artifactId + "</artifactId>"));
    }

    @Test
    void carriesTheParentsLicenseScmDevelopersAndVersion() throws IOException {
        String parent = Files.readString(Path.of("../pom.xml"));
        String bom = Files.readString(DSL.resolve("bom/pom.xml"));

        for (String element : List.of("licenses", "developers", "scm", "url", "version")) {
            assertThat(bom).as(element).contains(first(parent, element));
        }
    }

    /** A module that is never deployed (the benchmarks) is no library, and has no place in the BOM. */
    private static boolean isPublished(Path pom) {
        try {
            return !Files.readString(pom).contains("<maven.deploy.skip>true</maven.deploy.skip>");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String artifactId(Path pom) {
        try {
            String text = Files.readString(pom);
            return first(text.substring(text.indexOf("</parent>")), "artifactId").replaceAll("</?artifactId>", "");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String first(String xml, String element) {
        Matcher matcher = Pattern.compile("<" + element + ">.*?</" + element + ">", Pattern.DOTALL).matcher(xml);
        assertThat(matcher.find()).as("<" + element + ">").isTrue();
        return matcher.group();
    }
}
