package io.manifesto.build;

import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionsTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void loadsAClassThatImplementsDefinition() {
        Definition definition = Definitions.load(ShopDefinition.class.getName(), loader);

        assertThat(definition.environments()).extracting(Environment::name).containsExactly("prod", "staging");
    }

    @Test
    void takesAPublicStaticFactoryAsTheDefaultEnvironment() {
        Definition definition = Definitions.load(Fixtures.StaticFactory.class.getName(), loader);

        assertThat(definition.environments()).containsExactly(Environment.DEFAULT);
        assertThat(definition.application(Environment.DEFAULT).name()).isEqualTo("static");
    }

    @Test
    void rejectsAMissingClassNamingIt() {
        assertThatThrownBy(() -> Definitions.load("com.acme.Missing", loader))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("class com.acme.Missing is not on the class path: check the name (package included) and"
                        + " that the class is compiled");
    }

    @Test
    void rejectsAClassThatIsNoDefinitionWithTheFix() {
        assertThatThrownBy(() -> Definitions.load(Fixtures.NotADefinition.class.getName(), loader))
                .hasMessage("io.manifesto.build.Fixtures$NotADefinition is not a definition: implement"
                        + " io.manifesto.environment.Definition, or add a public static method without parameters"
                        + " that returns an Application");
    }

    @Test
    void scanFindsDefinitionsWithoutInitialisingOtherClasses() {
        Path testClasses = Path.of("target/test-classes");

        List<String> found = CompiledClasses.definitionsIn(testClasses, loader).stream()
                .filter(name -> name.startsWith("io.manifesto.build."))
                .toList();

        assertThat(found).containsExactly("io.manifesto.build.Fixtures$Invalid",
                "io.manifesto.build.Fixtures$Throwing", "io.manifesto.build.SecondShop",
                "io.manifesto.build.ShopDefinition");
        assertThat(Fixtures.unrelatedInitialised).isFalse();
    }
}
