package io.manifesto.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources of a generated module for {@link CompileAnnotated}: a {@code pom.xml} (dekorate looks for the project
 * root), the talk's shop as an annotated application class, and plain classes of the same application beside it.
 */
final class AnnotatedModule {

    private AnnotatedModule() {
    }

    /** Writes the module under {@code project}; returns its {@code classes} source files. */
    static List<Path> write(Path project, int classes) throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.manifesto.bench</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.4.2</version>
                </project>
                """);
        Path sources = Files.createDirectories(project.resolve("src/main/java/shop"));
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(sources.resolve("ShopApplication.java"), APPLICATION));
        for (int i = 1; i < classes; i++) {
            files.add(Files.writeString(sources.resolve("Part" + i + ".java"), part(i)));
        }
        return files;
    }

    private static String part(int i) {
        return """
                package shop;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.Map;
                import java.util.TreeMap;

                /** A plain class of the application, as a module's services, controllers and records are. */
                public final class Part%1$d {
                    private final Map<String, List<Integer>> orders = new TreeMap<>();

                    @Deprecated
                    public void add(String customer, int amount) {
                        orders.computeIfAbsent(customer, k -> new ArrayList<>()).add(amount);
                    }

                    public int total(String customer) {
                        return orders.getOrDefault(customer, List.of()).stream().mapToInt(Integer::intValue).sum();
                    }

                    public record Line(String sku, int quantity) {
                    }
                }
                """.formatted(i);
    }

    private static final String APPLICATION = """
            package shop;

            import io.dekorate.kubernetes.annotation.Ingress;
            import io.dekorate.kubernetes.annotation.KubernetesApplication;
            import io.dekorate.kubernetes.annotation.Port;
            import io.dekorate.kubernetes.annotation.ResourceRequirements;
            import io.manifesto.annotations.DisruptionBudget;
            import io.manifesto.annotations.HorizontalAutoscaling;
            import io.manifesto.annotations.LetsEncrypt;
            import io.manifesto.annotations.SafeToEvict;
            import io.manifesto.annotations.ScaleBehavior;
            import io.manifesto.annotations.ScalePolicy;
            import io.manifesto.annotations.VirtualNodes;
            import io.manifesto.annotations.WithoutVcsInfo;

            @KubernetesApplication(name = "shop", version = "1.4.2",
                    ports = @Port(name = "http", containerPort = 8080),
                    requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"),
                    limitResources = @ResourceRequirements(cpu = "200m", memory = "256Mi"),
                    ingress = @Ingress(host = "shop.contoso.com", expose = true, ingressClassName = "nginx"))
            @HorizontalAutoscaling(minReplicas = 2, maxReplicas = 10, cpuUtilization = 70,
                    scaleDown = @ScaleBehavior(stabilizationWindowSeconds = 300,
                            policies = @ScalePolicy(type = ScalePolicy.Type.PERCENT, value = 10, periodSeconds = 60)))
            @DisruptionBudget(minAvailable = "1")
            @SafeToEvict
            @VirtualNodes(VirtualNodes.Mode.BURST)
            @LetsEncrypt(email = "platform-team@contoso.com")
            @WithoutVcsInfo
            public final class ShopApplication {
                private ShopApplication() {
                }
            }
            """;
}
