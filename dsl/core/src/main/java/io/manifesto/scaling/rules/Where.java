package io.manifesto.scaling.rules;

import io.manifesto.objects.Origin;
import io.manifesto.objects.Resource;

/** How a message names the whole set of objects a resource was checked with: its application, or the files. */
final class Where {

    private Where() {
    }

    /** {@code the application has}, or {@code the files checked have} for an object read from a file. */
    static String has(Resource resource) {
        return files(resource) ? "the files checked have" : "the application has";
    }

    /** {@code the application already <singular>}, or {@code the files checked already <plural>}. */
    static String already(Resource resource, String singular, String plural) {
        return files(resource) ? "the files checked already " + plural : "the application already " + singular;
    }

    private static boolean files(Resource resource) {
        return resource.origin().entry() == Origin.Entry.FILE;
    }
}
