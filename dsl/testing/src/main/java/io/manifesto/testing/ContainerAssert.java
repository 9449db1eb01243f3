package io.manifesto.testing;

import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.list;
import static io.manifesto.testing.Messages.quantity;
import static io.manifesto.testing.Messages.quote;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one container of a pod template: image, resource requests and limits, ports,
 * environment, security context and probes. Quantities are compared by value, so {@code "0.2"}
 * equals {@code "200m"} and {@code "1Gi"} equals {@code "1024Mi"}; messages show them as written.
 */
public class ContainerAssert extends AbstractAssert<ContainerAssert, Container> {

    private final String owner;

    /** Creates assertions on a container on its own. */
    public ContainerAssert(Container container) {
        this(container, null);
    }

    /**
     * Creates assertions on a container of a workload.
     *
     * @param owner the workload as {@code Kind/name}, used in failure messages; may be null
     */
    public ContainerAssert(Container container, String owner) {
        super(container, ContainerAssert.class);
        this.owner = owner;
    }

    /** Checks the container's {@code image}. */
    public ContainerAssert hasImage(String image) {
        isNotNull();
        if (!Objects.equals(actual.getImage(), image)) {
            throw failureWithActualExpected(actual.getImage(), image, "%s", expecting(
                    name() + " to have the image", quote(image), itHad(quote(actual.getImage()))));
        }
        return myself;
    }

    /** Checks {@code resources.requests.cpu}, comparing the quantities by value. */
    public ContainerAssert hasCpuRequest(String quantity) {
        return hasResource("a CPU request", "cpu", requests(), quantity);
    }

    /** Checks {@code resources.limits.cpu}, comparing the quantities by value. */
    public ContainerAssert hasCpuLimit(String quantity) {
        return hasResource("a CPU limit", "cpu", limits(), quantity);
    }

    /** Checks {@code resources.requests.memory}, comparing the quantities by value. */
    public ContainerAssert hasMemoryRequest(String quantity) {
        return hasResource("a memory request", "memory", requests(), quantity);
    }

    /** Checks {@code resources.limits.memory}, comparing the quantities by value. */
    public ContainerAssert hasMemoryLimit(String quantity) {
        return hasResource("a memory limit", "memory", limits(), quantity);
    }

    /** Checks that the container declares a port with this {@code name} and {@code containerPort}. */
    public ContainerAssert hasPort(String name, int containerPort) {
        isNotNull();
        List<ContainerPort> ports = list(actual.getPorts());
        boolean found = ports.stream().anyMatch(p ->
                Objects.equals(p.getName(), name) && Objects.equals(p.getContainerPort(), containerPort));
        if (!found) {
            String expected = name + " " + containerPort;
            String present = ports.isEmpty()
                    ? "(none)"
                    : ports.stream().map(p -> p.getName() + " " + p.getContainerPort()).collect(Collectors.joining("\n"));
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to have the port", expected, "its ports were\n" + indent(present)));
        }
        return myself;
    }

    /** Checks that the environment variable {@code name} has this literal {@code value}. */
    public ContainerAssert hasEnv(String name, String value) {
        isNotNull();
        String what = name() + " to set the environment variable " + name + " to";
        EnvVar env = env(name, what, quote(value));
        if (env.getValueFrom() != null || !Objects.equals(env.getValue(), value)) {
            String had = env.getValueFrom() != null ? "a value taken from elsewhere (valueFrom)" : quote(env.getValue());
            throw failureWithActualExpected(had, quote(value), "%s", expecting(what, quote(value), itHad(had)));
        }
        return myself;
    }

    /** Checks that the environment variable {@code name} is read from {@code key} of a Secret. */
    public ContainerAssert hasEnvFromSecret(String name, String secret, String key) {
        isNotNull();
        String expected = "secret " + quote(secret) + ", key " + quote(key);
        String what = name() + " to read the environment variable " + name + " from";
        EnvVar env = env(name, what, expected);
        SecretKeySelector ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
        if (ref == null || !Objects.equals(ref.getName(), secret) || !Objects.equals(ref.getKey(), key)) {
            String had = ref != null
                    ? "secret " + quote(ref.getName()) + ", key " + quote(ref.getKey())
                    : env.getValueFrom() != null ? "a value from another source" : "the literal value " + quote(env.getValue());
            throw failureWithActualExpected(had, expected, "%s", expecting(what, expected, "it read\n" + indent(had)));
        }
        return myself;
    }

    /** Checks that {@code securityContext.allowPrivilegeEscalation} is {@code false}. */
    public ContainerAssert disallowsPrivilegeEscalation() {
        isNotNull();
        Boolean allowed = securityContext().map(SecurityContext::getAllowPrivilegeEscalation).orElse(null);
        if (!Boolean.FALSE.equals(allowed)) {
            throw failureWithActualExpected(allowed, false, "%s", expecting(
                    name() + " to set securityContext.allowPrivilegeEscalation to", "false",
                    allowed == null ? "it was not set" : itHad(String.valueOf(allowed))));
        }
        return myself;
    }

    /** Checks that {@code securityContext.capabilities.drop} contains {@code ALL}. */
    public ContainerAssert dropsAllCapabilities() {
        isNotNull();
        List<String> dropped = securityContext().map(SecurityContext::getCapabilities)
                .map(Capabilities::getDrop).orElse(List.of());
        if (!dropped.contains("ALL")) {
            throw failureWithActualExpected(dropped, List.of("ALL"), "%s", expecting(
                    name() + " to drop the capabilities", "[ALL]",
                    "it dropped\n" + indent(dropped.toString())));
        }
        return myself;
    }

    /** Checks that the container has a {@code readinessProbe}. */
    public ContainerAssert hasReadinessProbe() {
        return hasProbe("readinessProbe", actual == null ? null : actual.getReadinessProbe());
    }

    /** Checks that the container has a {@code livenessProbe}. */
    public ContainerAssert hasLivenessProbe() {
        return hasProbe("livenessProbe", actual == null ? null : actual.getLivenessProbe());
    }

    private ContainerAssert hasProbe(String field, Probe probe) {
        isNotNull();
        if (probe == null) {
            throw failureWithActualExpected(null, field, "%s", expecting(
                    name() + " to have a", field, "it had none"));
        }
        return myself;
    }

    private ContainerAssert hasResource(String what, String resource, Map<String, Quantity> quantities, String expected) {
        isNotNull();
        if (expected == null || !io.manifesto.resources.Quantity.of(expected).isValid()) {
            // a mistake in the test itself: say so, rather than let fabric8's parser throw
            throw failure("%s", expecting(name() + " to have " + what + " of", quote(expected),
                    (expected == null ? "no quantity was given" : quote(expected) + " is not a Kubernetes quantity")
                            + "; write it like \"200m\" or \"128Mi\""));
        }
        BigDecimal expectedAmount = new Quantity(expected).getNumericalAmount();
        Quantity present = quantities.get(resource);
        if (present == null) {
            throw failureWithActualExpected(null, expected, "%s", expecting(
                    name() + " to have " + what + " of", quote(expected), "it had no " + what.substring(2)));
        }
        if (!sameAmount(present, expectedAmount)) {
            throw failureWithActualExpected(quantity(present), expected, "%s", expecting(
                    name() + " to have " + what + " of", quote(expected), itHad(quote(quantity(present)))));
        }
        return myself;
    }

    private static boolean sameAmount(Quantity present, BigDecimal expected) {
        try {
            return present.getNumericalAmount().compareTo(expected) == 0;
        } catch (RuntimeException invalidQuantity) {
            return false;
        }
    }

    private Map<String, Quantity> requests() {
        return Optional.ofNullable(actual).map(Container::getResources)
                .map(ResourceRequirements::getRequests).orElse(Map.of());
    }

    private Map<String, Quantity> limits() {
        return Optional.ofNullable(actual).map(Container::getResources)
                .map(ResourceRequirements::getLimits).orElse(Map.of());
    }

    private Optional<SecurityContext> securityContext() {
        return Optional.ofNullable(actual.getSecurityContext());
    }

    /** The variable called {@code name}, or a failure that says what was expected of it. */
    private EnvVar env(String name, String what, String expected) {
        List<EnvVar> env = list(actual.getEnv());
        return env.stream().filter(e -> Objects.equals(e.getName(), name)).findFirst().orElseThrow(() -> {
            List<String> names = env.stream().map(EnvVar::getName).collect(Collectors.toList());
            return failureWithActualExpected(names, expected, "%s", expecting(what, expected,
                    "it had no variable " + name + "; its variables were\n" + indent(names.toString())));
        });
    }

    private String name() {
        String container = "container " + quote(actual.getName());
        return owner == null ? container : container + " of " + owner;
    }
}
