package io.manifesto.annotations.processing;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Manifesto reads from dekorate's {@code @KubernetesApplication}: the workload's name, its container's requests
 * and limits and ports, a replica count written by the user (dekorate writes {@code replicas: 1} whether or not it
 * is written, so only the annotation tells), and the ingress. The name falls back to the project's, as dekorate's.
 *
 * @param view        the annotation
 * @param name        the Deployment's (and its container's) name
 * @param version     the project version, which dekorate uses as the image tag
 * @param replicas    the replica count, when written
 * @param ports       the container ports by name
 */
record DekorateApplication(AnnotationView view, String name, String version, Optional<Integer> replicas,
                           Map<String, Integer> ports) {

    /** dekorate's annotation. */
    static final String TYPE = "io.dekorate.kubernetes.annotation.KubernetesApplication";

    static DekorateApplication read(AnnotationView view, String projectName, String projectVersion) {
        String name = view.string("name").isEmpty() ? projectName : view.string("name");
        String version = view.string("version").isEmpty() ? projectVersion : view.string("version");
        Optional<Integer> replicas = view.written("replicas").map(v -> (Integer) v.getValue());
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (AnnotationView port : view.nestedList("ports")) {
            ports.put(port.string("name"), port.integer("containerPort"));
        }
        return new DekorateApplication(view, name, version, replicas, ports);
    }

    AnnotationMirror mirror() {
        return view.mirror();
    }

    /** The attribute {@code name} of {@code @KubernetesApplication}, written or not, for a message's position. */
    AnnotationValue attribute(String name) {
        return view.written(name).orElse(null);
    }

    /** {@code requestResources} or {@code limitResources}: the amount of {@code resource} (cpu, memory), if set. */
    Optional<String> amount(String attribute, String resource) {
        String value = view.nested(attribute).string(resource);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** {@code deploymentKind}. */
    String kind() {
        return view.string("deploymentKind");
    }

    AnnotationView ingress() {
        return view.nested("ingress");
    }

    /** The ingress's host, when dekorate writes an Ingress (it does when {@code expose} is true). */
    Optional<String> ingressHost() {
        AnnotationView ingress = ingress();
        return ingress.bool("expose") && !ingress.string("host").isEmpty()
                ? Optional.of(ingress.string("host")) : Optional.empty();
    }

    Optional<String> ingressClass() {
        String value = ingress().string("ingressClassName");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
