package io.manifesto.workload;

import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Map;

/** The fields every workload has; copied on every change, never changed once a workload holds it. */
final class WorkloadState implements Cloneable {
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
    Nulls missing = Nulls.NONE;
    boolean hostNetwork;
    List<HostAlias> hostAliases = List.of();

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

    /** {@code value}; a {@code null} is remembered as missing for {@code field}/{@code method}, and changes nothing. */
    <T> T set(T current, T value, String field, String method) {
        missing = missing.remember(value, field, method);
        return value == null ? current : value;
    }

    /** Appends {@code element}, or remembers a {@code null} as missing for {@code field}/{@code method}. */
    <T> List<T> appendOrRemember(List<T> list, T element, String field, String method) {
        missing = missing.remember(element, field, method);
        return Nulls.append(list, element);
    }
}
