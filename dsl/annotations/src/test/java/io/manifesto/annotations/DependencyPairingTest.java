package io.manifesto.annotations;

import io.dekorate.Session;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pairing every compile test of this module runs on: dekorate 4.1.5 (built on fabric8 6.13) with the project's
 * fabric8 7.4.0 model classes and no fabric8 client. If a dependency change brought another pairing onto the class
 * path, the compile tests would no longer prove this one.
 */
class DependencyPairingTest {

    @Test
    void runsDekorate415OnFabric8Models740WithoutTheClient() {
        assertThat(jarOf(Session.class)).endsWith("dekorate-core-4.1.5.jar");
        assertThat(jarOf(Pod.class)).endsWith("kubernetes-model-core-7.4.0.jar");
        assertThat(jarOf(Deployment.class)).endsWith("kubernetes-model-apps-7.4.0.jar");
        assertThat(getClass().getClassLoader().getResource("io/fabric8/kubernetes/client/KubernetesClient.class"))
                .isNull();
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
