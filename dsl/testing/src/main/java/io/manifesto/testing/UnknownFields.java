package io.manifesto.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the fields of a parsed object that its API schema does not have. fabric8 keeps a field it does not know in
 * the object's {@code additionalProperties} instead of failing, so a misspelt field ({@code readinesProbe}) would
 * parse, round-trip and be silently dropped or rejected by the API server. Read manifests with
 * {@code ManifestReader.read(yaml)} and check that this finds nothing.
 */
public final class UnknownFields {

    private UnknownFields() {
    }

    /**
     * The paths of every unknown field in {@code object}, such as {@code Deployment/web spec.template.foo}; empty when
     * every field is one the schema knows.
     */
    public static List<String> in(HasMetadata object) {
        List<String> found = new ArrayList<>();
        String root = object.getKind() + "/" + (object.getMetadata() == null ? "" : object.getMetadata().getName());
        walk(object, "", root, found);
        return found;
    }

    private static void walk(Object value, String path, String root, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", root, found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            new TreeMap<>(stringKeys(map)).forEach((key, element) -> walk(element, join(path, key), root, found));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : getters(value.getClass())) {
            Object field = invoke(getter, value);
            String name = propertyName(getter);
            if (name.equals("additionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    new TreeMap<>(stringKeys(extra)).keySet()
                            .forEach(key -> found.add(root + " " + join(path, key)));
                }
            } else {
                walk(field, join(path, name), root, found);
            }
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new TreeMap<>();
        map.forEach((key, element) -> copy.put(String.valueOf(key), element));
        return copy;
    }

    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> m.getName().startsWith("get") && m.getName().length() > 3)
                .filter(m -> !m.getName().equals("getClass"))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
