package io.manifesto;

import com.google.errorprone.annotations.CheckReturnValue;
import io.manifesto.aks.AksVirtualNodes;
import io.manifesto.config.ConfigMap;
import io.manifesto.networking.Ingress;
import io.manifesto.resources.Quantity;
import io.manifesto.scaling.HorizontalPodAutoscaler;
import io.manifesto.scheduling.Placement;
import io.manifesto.security.SecurityDefault;
import io.manifesto.tls.Certificate;
import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the published jar carries besides the classes: the license, and the marks tools read. */
class ArtifactTest {

    @Test
    void classesCarryTheApacheLicense() throws IOException, URISyntaxException {
        Path classes = Path.of(Manifesto.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        String license = Files.readString(classes.resolve("META-INF/LICENSE"));

        assertThat(license).contains("Apache License", "Version 2.0, January 2004");
    }

    @Test
    void valuePackagesAskToUseEveryReturnValue() {
        List<Class<?>> values = List.of(Deployment.class, HorizontalPodAutoscaler.class, Placement.class,
                Ingress.class, Certificate.class, ConfigMap.class, Quantity.class, SecurityDefault.class,
                AksVirtualNodes.class);

        assertThat(values).allSatisfy(type ->
                assertThat(type.getPackage().getAnnotation(CheckReturnValue.class)).as(type.getPackageName())
                        .isNotNull());
    }
}
