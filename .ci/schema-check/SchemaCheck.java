import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Validates every document of every YAML file under the given paths as {@code kubectl apply} with strict field
 * validation would: Kubernetes kinds against the official Java client's models, generated from the OpenAPI spec of
 * one Kubernetes version (unknown fields, missing required fields and wrong JSON types are errors; an API version
 * that Kubernetes version no longer serves is an error); cert-manager v1 and the VPA ({@code autoscaling.k8s.io/v1})
 * against fabric8's models generated from their CRDs (unknown fields and wrong types are errors).
 *
 * <p>Usage: {@code java -cp <classpath> SchemaCheck.java --kubernetes 1.35 PATH...} checks and exits 1 on any error;
 * {@code --self-test DIR} instead expects every file in DIR to fail with the text of its first line
 * ({@code # expect: ...}), so the check is shown to catch what it claims. Run through {@code .ci/schema-check/run}.
 */
public final class SchemaCheck {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final String APIS = "io.kubernetes.client.openapi.apis.";
    /** The custom resources checked, by apiVersion and kind; anything else in their groups is not served. */
    private static final Map<String, String> CUSTOM = Map.of(
            "cert-manager.io/v1/Certificate", "io.fabric8.certmanager.api.model.v1.Certificate",
            "cert-manager.io/v1/CertificateRequest", "io.fabric8.certmanager.api.model.v1.CertificateRequest",
            "cert-manager.io/v1/Issuer", "io.fabric8.certmanager.api.model.v1.Issuer",
            "cert-manager.io/v1/ClusterIssuer", "io.fabric8.certmanager.api.model.v1.ClusterIssuer",
            "acme.cert-manager.io/v1/Order", "io.fabric8.certmanager.api.model.acme.v1.Order",
            "acme.cert-manager.io/v1/Challenge", "io.fabric8.certmanager.api.model.acme.v1.Challenge",
            "autoscaling.k8s.io/v1/VerticalPodAutoscaler",
            "io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscaler",
            "autoscaling.k8s.io/v1/VerticalPodAutoscalerCheckpoint",
            "io.fabric8.autoscaling.api.model.v1.VerticalPodAutoscalerCheckpoint");
    private static final List<String> CUSTOM_GROUPS = List.of("cert-manager.io", "acme.cert-manager.io",
            "autoscaling.k8s.io");

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String kubernetes;
    private int documents;

    private SchemaCheck(String kubernetes) {
        this.kubernetes = kubernetes;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !args[0].equals("--kubernetes")) {
            System.err.println("usage: SchemaCheck --kubernetes VERSION (PATH... | --self-test DIR)");
            System.exit(2);
        }
        SchemaCheck check = new SchemaCheck(args[1]);
        if (args[2].equals("--self-test")) {
            System.exit(check.selfTest(Path.of(args[3])) ? 0 : 1);
        }
        List<Path> files = yamlFiles(Arrays.stream(args, 2, args.length).map(Path::of).toList());
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            errors.addAll(check.file(file));
        }
        errors.forEach(System.err::println);
        String scope = "Kubernetes " + check.kubernetes + " strict, cert-manager v1, VPA v1";
        if (files.isEmpty()) {
            System.err.println("schema check (" + scope + "): no YAML file under " + String.join(" ", args));
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "schema check (%s): %d documents in %d files, %d errors%n",
                scope, check.documents, files.size(), errors.size());
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    /** Every fixture must fail, and its first error must contain the text after {@code # expect:} on line one. */
    private boolean selfTest(Path directory) throws IOException {
        boolean ok = true;
        List<Path> fixtures = yamlFiles(List.of(directory));
        for (Path fixture : fixtures) {
            String expected = Files.readAllLines(fixture).get(0).replaceFirst("^# expect: ", "");
            List<String> errors = file(fixture);
            boolean caught = errors.size() == 1 && errors.get(0).contains(expected);
            System.out.println((caught ? "caught   " : "MISSED   ") + fixture.getFileName() + ": "
                    + (errors.isEmpty() ? "no error" : String.join(" | ", errors)));
            ok &= caught;
        }
        System.out.printf(Locale.ROOT, "schema check self-test (Kubernetes %s): %d fixtures, %s%n",
                kubernetes, fixtures.size(), ok ? "each rejected as expected" : "FAILED");
        return ok && !fixtures.isEmpty();
    }

    private static List<Path> yamlFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IOException("no such file or directory: " + root);
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    private List<String> file(Path file) throws IOException {
        List<String> errors = new ArrayList<>();
        String note = note(file);
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            int index = 0;
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                index++;
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                documents++;
                String where = file + ": document " + index + " (" + doc.path("kind").asText("?") + "/"
                        + doc.path("metadata").path("name").asText("?") + "): ";
                document(doc).ifPresent(error -> errors.add(where + error + note));
            }
        } catch (IOException e) {
            errors.add(file + ": not YAML: " + e.getMessage());
        }
        return errors;
    }

    /**
     * What a file says about its own errors, on a leading comment line {@code # schema-check-note: ...}, appended to
     * each: the fuzz corruptions say there that lint missed them.
     */
    private static String note(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.takeWhile(line -> line.startsWith("#"))
                    .filter(line -> line.startsWith("# schema-check-note: "))
                    .map(line -> " (" + line.substring("# schema-check-note: ".length()) + ")")
                    .findFirst().orElse("");
        }
    }

    private Optional<String> document(JsonNode doc) {
        if (!doc.path("apiVersion").isTextual() || !doc.path("kind").isTextual()) {
            return Optional.of("apiVersion and kind must be strings");
        }
        String apiVersion = doc.get("apiVersion").asText();
        String kind = doc.get("kind").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (CUSTOM_GROUPS.contains(group)) {
            String model = CUSTOM.get(apiVersion + "/" + kind);
            return model == null
                    ? Optional.of(apiVersion + " " + kind + " is not served (served: " + servedCustom(group) + ")")
                    : custom(doc, model);
        }
        Optional<Class<?>> model = coreModel(group, version, kind);
        if (model.isEmpty()) {
            return Optional.of(apiVersion + " " + kind + " is not served by Kubernetes " + kubernetes);
        }
        try {
            Method validate = model.get().getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, JsonParser.parseString(doc.toString()));
            return Optional.empty();
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            int json = message.indexOf(" JSON: ");
            return Optional.of(json < 0 ? message : message.substring(0, json));
        } catch (ReflectiveOperationException e) {
            return Optional.of("cannot validate with " + model.get().getName() + ": " + e);
        }
    }

    private static String servedCustom(String group) {
        return CUSTOM.keySet().stream().filter(k -> k.startsWith(group + "/")).sorted()
                .map(k -> k.substring(0, k.lastIndexOf('/')) + " " + k.substring(k.lastIndexOf('/') + 1))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * The client's model of {@code group/version kind}, if that Kubernetes version serves it: its API class for the
     * group version exists and creates that kind (the client is generated from the served API, so a removed version
     * such as {@code policy/v1beta1} has no API class).
     */
    private static Optional<Class<?>> coreModel(String group, String version, String kind) {
        String prefix = group.isEmpty() ? "Core" : groupPrefix(group);
        String versionName = Character.toUpperCase(version.charAt(0)) + version.substring(1);
        try {
            Class<?> api = Class.forName(APIS + prefix + versionName + "Api");
            boolean creates = Arrays.stream(api.getMethods()).map(Method::getName)
                    .anyMatch(m -> m.equals("create" + kind) || m.equals("createNamespaced" + kind));
            if (!creates) {
                return Optional.empty();
            }
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        for (String name : List.of(prefix + versionName + kind, versionName + kind)) {
            try {
                return Optional.of(Class.forName(MODELS + name));
            } catch (ClassNotFoundException e) {
                // try the next naming scheme
            }
        }
        return Optional.empty();
    }

    /** {@code rbac.authorization.k8s.io} becomes {@code RbacAuthorization}, as the client names its API classes. */
    private static String groupPrefix(String group) {
        StringBuilder prefix = new StringBuilder();
        for (String part : group.replaceFirst("\\.k8s\\.io$", "").split("\\.")) {
            prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return prefix.toString();
    }

    private Optional<String> custom(JsonNode doc, String modelName) {
        try {
            Class<?> model = Class.forName(modelName);
            JSON.treeToValue(doc, model);
            List<String> unknown = new ArrayList<>();
            unknownFields(doc, JSON.constructType(model), "", unknown);
            return unknown.isEmpty() ? Optional.empty()
                    : Optional.of("unknown field(s) " + String.join(", ", unknown) + " (not in the "
                    + doc.get("apiVersion").asText() + " " + doc.get("kind").asText() + " schema)");
        } catch (IOException e) {
            return Optional.of(e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage()
                    : e.getMessage());
        } catch (ClassNotFoundException e) {
            return Optional.of("no model " + modelName + " on the class path");
        }
    }

    /** Walks the JSON beside the model type: a key that is no property of the type is an unknown field. */
    private static void unknownFields(JsonNode node, JavaType type, String path, List<String> unknown) {
        if (type.isCollectionLikeType() && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unknownFields(node.get(i), type.getContentType(), path + "[" + i + "]", unknown);
            }
            return;
        }
        if (type.isMapLikeType() && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                unknownFields(e.getValue(), type.getContentType(), path + "[" + e.getKey() + "]", unknown);
            }
            return;
        }
        if (!node.isObject() || !type.getRawClass().getName().startsWith("io.fabric8.")
                || type.getRawClass().getName().startsWith("io.fabric8.kubernetes.api.model.Quantity")
                || type.getRawClass().getName().startsWith("io.fabric8.kubernetes.api.model.IntOrString")) {
            return;
        }
        BeanDescription bean = JSON.getDeserializationConfig().introspect(type);
        Map<String, JavaType> properties = new java.util.HashMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
                properties.put(property.getName(), property.getPrimaryType());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JavaType propertyType = properties.get(e.getKey());
            if (propertyType == null) {
                unknown.add(at);
            } else {
                unknownFields(e.getValue(), propertyType, at, unknown);
            }
        }
    }
}
