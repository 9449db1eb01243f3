package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.environment.Definition;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds and makes a team's definitions by class name: a class that implements {@link Definition} (with a public
 * no-argument constructor), or a class with exactly one public static no-argument method returning an
 * {@link Application}, which renders the default environment alone.
 */
public final class Definitions {

    private static final String SERVICES = "META-INF/services/" + Definition.class.getName();

    private Definitions() {
    }

    /**
     * The definition that {@code className} names, loaded (and initialised) through {@code loader}.
     *
     * @throws DefinitionException when the class is missing, or is neither kind of definition, naming the fix
     */
    public static Definition load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new DefinitionException("class " + className + " is not on the class path: check the name"
                    + " (package included) and that the class is compiled", e);
        } catch (LinkageError e) {
            throw new DefinitionException("class " + className + " cannot be loaded: " + e, e);
        }
        if (Definition.class.isAssignableFrom(type)) {
            return instantiate(type.asSubclass(Definition.class));
        }
        List<Method> factories = Arrays.stream(type.getMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
                        && Application.class.isAssignableFrom(method.getReturnType()))
                .toList();
        if (factories.size() == 1) {
            return new StaticDefinition(factories.get(0));
        }
        if (factories.isEmpty()) {
            throw new DefinitionException(className + " is not a definition: implement "
                    + Definition.class.getName() + ", or add a public static method without parameters that"
                    + " returns an Application");
        }
        throw new DefinitionException(className + " has " + factories.size() + " public static methods returning an"
                + " Application (" + String.join(", ", factories.stream().map(Method::getName).sorted().toList())
                + "): implement " + Definition.class.getName() + " to say which environments it renders");
    }

    /**
     * The class names listed in {@code META-INF/services/io.manifesto.environment.Definition} on {@code loader}'s
     * class path, in the order found; none is instantiated.
     *
     * @throws DefinitionException when an entry names a missing class or one that is not a definition
     */
    public static List<String> serviceLoaded(ClassLoader loader) {
        try {
            return ServiceLoader.load(Definition.class, loader).stream()
                    .map(provider -> provider.type().getName())
                    .toList();
        } catch (ServiceConfigurationError e) {
            throw new DefinitionException(SERVICES + " is wrong: " + e.getMessage(), e);
        }
    }

    private static Definition instantiate(Class<? extends Definition> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new DefinitionException(type.getName() + " is abstract: name a concrete class that implements "
                    + Definition.class.getSimpleName());
        }
        try {
            Constructor<? extends Definition> constructor = type.getConstructor();
            return constructor.newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new DefinitionException(type.getName() + " needs a public constructor without parameters (and"
                    + " must be a public class)", e);
        } catch (InvocationTargetException e) {
            throw new DefinitionException(type.getName() + "'s constructor failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException e) {
            throw new DefinitionException(type.getName() + " cannot be instantiated: " + e, e);
        }
    }
}
