package io.manifesto.workload;

import io.manifesto.core.Application;
import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Passes {@code null} to every public method of the DSL's aggregates: the build must report it as a problem, never
 * throw a NullPointerException nor take it silently as "unset".
 */
class NullInputTest {

    private static Container web() {
        return container("web").image("shop:1.0.0").port("http", 8080);
    }

    @Test
    void aNullPassedToAnEnvVarFactoryIsInputNullNamingIt() {
        var secret = secret("db", "password");
        assertThat(problemsOf(application("shop").add(secret, deployment("shop").container(web()
                .env(EnvVar.literal("MODE", null))
                .env(EnvVar.fromConfigMap("LEVEL", (String) null, "level"))
                .env(EnvVar.fromSecret("PASSWORD", (io.manifesto.secrets.Secret) null, "password"))
                .env(EnvVar.fromField(null, "metadata.name"))))))
                .filteredOn(problem -> problem.contains("[input.null]"))
                .containsExactly(
                        "error Deployment/shop spec.template.spec.containers[web].env[MODE].value = \"<none>\": null was"
                                + " passed to literal(...). Fix: pass a value, or leave the call out. [input.null]",
                        "error Deployment/shop spec.template.spec.containers[web].env[LEVEL].valueFrom.configMapKeyRef.name = \"<none>\": null"
                                + " was passed to fromConfigMap(...). Fix: pass a value, or leave the call out."
                                + " [input.null]",
                        "error Deployment/shop spec.template.spec.containers[web].env[PASSWORD].valueFrom.secretKeyRef.name = \"<none>\": null"
                                + " was passed to fromSecret(...). Fix: pass a value, or leave the call out."
                                + " [input.null]",
                        "error Deployment/shop spec.template.spec.containers[web].env = \"<none>\": null was"
                                + " passed to fromField(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @TestFactory
    Stream<DynamicTest> nullToAnyContainerMethodIsReportedNotThrown() {
        return methodsOf(Container.class).map(method -> DynamicTest.dynamicTest(method.toString(), () -> {
            Object changed = invokeWithNulls(method, web());
            if (changed instanceof Container container) {
                assertReports(application("shop").add(deployment("shop").container(container)));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nullToAnyDeploymentMethodIsReportedNotThrown() {
        return methodsOf(Deployment.class).map(method -> DynamicTest.dynamicTest(method.toString(), () -> {
            Object changed = invokeWithNulls(method, deployment("shop").container(web()));
            if (changed instanceof Deployment deployment) {
                assertReports(application("shop").add(deployment));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nullToAnyStatefulSetMethodIsReportedNotThrown() {
        return methodsOf(StatefulSet.class).map(method -> DynamicTest.dynamicTest(method.toString(), () -> {
            Object changed = invokeWithNulls(method, statefulSet("db").container(web()));
            if (changed instanceof StatefulSet statefulSet) {
                assertReports(application("shop").add(statefulSet));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nullToAnyApplicationBuilderMethodIsReportedNotThrown() {
        return methodsOf(Application.Builder.class).filter(m -> !m.getName().equals("build"))
                .map(method -> DynamicTest.dynamicTest(method.toString(), () -> {
                    Application.Builder builder = application("shop").add(deployment("shop").container(web()));
                    invokeWithNulls(method, builder);
                    assertReports(builder);
                }));
    }

    @Test
    void namesTheFieldAndTheMethodThatReceivedNull() {
        assertThat(problemsOf(application("shop").add(deployment("shop").container((Container) null).container(web()))))
                .containsExactly("error Deployment/shop spec.template.spec.containers = \"<none>\": null was passed"
                        + " to container(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void reportsANullThatWouldOtherwiseLeaveAFieldUnset() {
        assertThat(problemsOf(application("shop").namespace(null).add(deployment("shop").strategy(null)
                .serviceAccount(null).container(web().readiness(null).security(null)))))
                .containsExactly(nullPassed("Application/shop namespace", "namespace(...)"),
                        nullPassed("Deployment/shop spec.strategy", "strategy(...)"),
                        nullPassed("Deployment/shop spec.template.spec.serviceAccountName", "serviceAccount(...)"),
                        nullPassed("Deployment/shop spec.template.spec.containers[web].readinessProbe",
                                "readiness(...)"),
                        nullPassed("Deployment/shop spec.template.spec.containers[web].securityContext",
                                "security(...)"));
        assertThat(problemsOf(application("shop").add(deployment("shop").container(web().liveness(null)))))
                .containsExactly("error Deployment/shop spec.template.spec.containers[web].livenessProbe = \"<none>\":"
                        + " null was passed to liveness(...). Fix: pass a value, or leave the call out. [input.null]");
    }

    @Test
    void rejectsAnExecProbeWithoutCommand() {
        assertThat(problemsOf(application("shop").add(deployment("shop").container(web().liveness(exec())))))
                .containsExactly("error Deployment/shop spec.template.spec.containers[web].livenessProbe.exec.command"
                        + " = \"\": an exec probe needs a command to run. Fix: name the program, e.g."
                        + " exec(\"pg_isready\"). [probe.exec-command]");
    }

    /** The input.null error at {@code where} ({@code Kind/name field}) for a null passed to {@code method}. */
    private static String nullPassed(String where, String method) {
        return "error " + where + " = \"<none>\": null was passed to " + method + ". Fix: pass a value, or leave the"
                + " call out. [input.null]";
    }

    private static Stream<Method> methodsOf(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().equals("render") && !m.getName().equals("validate"))
                .filter(m -> m.getParameterCount() > 0)
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(Class::isPrimitive))
                .sorted(Comparator.comparing(Method::toString));
    }

    private static Object invokeWithNulls(Method method, Object target) throws IllegalAccessException {
        try {
            return method.invoke(target, new Object[method.getParameterCount()]);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " threw " + e.getCause() + " for null arguments", e.getCause());
        }
    }

    /** Reported: as input.null, or by the rule of the field the null left empty (an image, a label key...). */
    private static void assertReports(Application.Builder builder) {
        assertThat(catchThrowable(builder::build)).isInstanceOf(ValidationException.class);
    }
}
