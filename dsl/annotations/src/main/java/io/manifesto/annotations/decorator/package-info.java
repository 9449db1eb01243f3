/**
 * dekorate decorators that carry what the DSL rendered into dekorate's resource list: each has one effect and
 * declares its order with {@code after()}/{@code before()}. They depend on dekorate and fabric8 only, so a framework
 * that runs dekorate's decorators without its processors (Quarkus) can register them on its own session.
 */
package io.manifesto.annotations.decorator;
