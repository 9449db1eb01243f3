package io.manifesto.workload;

import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Map;

/** The fields every workload has; copied on every change, never changed once a workload holds it. */
final class WorkloadState extends NullTrackingState implements Cloneable {
    String name;
    String version;
    Integer replicas;
    Map<String, String> labels = Map.of();
    Map<String, String> annotations = Map.of();
    Map<String, String> podAnnotations = Map.of();
    List<Container> containers = List.of();
    List<Container> initContainers = List.of();
    List<Volume> volumes = List.of();
    String serviceAccount;
    List<String> imagePullSecrets = List.of();
    PodSecurity podSecurity = PodSecurity.NONE;
    List<SecurityOptOut> optOuts = List.of();
    List<PodTrait> traits = List.of();
    Integer terminationGracePeriodSeconds;
    Exposure exposure = Exposure.DEFAULT;
    boolean hostNetwork;
    Boolean enableServiceLinks;
    List<HostAlias> hostAliases = List.of();

    /**
     * The state of a workload named {@code name} by the DSL factory {@code method}, e.g. {@code deployment(...)}: a
     * {@code null} name is remembered as missing, and the name is then empty.
     */
    static WorkloadState named(String name, String method) {
        WorkloadState state = new WorkloadState();
        state.name = name == null ? "" : name;
        state.missing = Nulls.ofName(name, method);
        return state;
    }

    WorkloadState copy() {
        try {
            return (WorkloadState) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("WorkloadState is Cloneable", e);
        }
    }

    boolean hasDefault(SecurityDefault setting) {
        return optOuts.stream().noneMatch(o -> o.setting() == setting);
    }
}
