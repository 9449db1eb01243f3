package io.manifesto.workload;

import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;
import io.manifesto.security.SecurityOptOut;
import io.manifesto.validate.MissingValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    List<MissingValue> missing = List.of();
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

    /** Appends {@code element}, or remembers a {@code null} as missing for {@code field}/{@code method}. */
    <T> List<T> appendOrRemember(List<T> list, T element, String field, String method) {
        if (element == null) {
            missing = append(missing, new MissingValue(field, method));
            return list;
        }
        return append(list, element);
    }

    static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return List.copyOf(copy);
    }

    static Map<String, String> put(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new TreeMap<>(map);
        copy.put(key == null ? "" : key, value == null ? "" : value);
        return java.util.Collections.unmodifiableMap(copy);
    }
}
