package io.manifesto.workload.rules;

import io.manifesto.resources.Quantity;

/** fabric8's quantities as the text written in the manifest, for the checks of {@link Quantity}. */
final class Quantities {

    private Quantities() {
    }

    /** The text of {@code quantity}: amount and format as written; {@code ""} for none. */
    static Quantity text(io.fabric8.kubernetes.api.model.Quantity quantity) {
        if (quantity == null) {
            return Quantity.of("");
        }
        String amount = quantity.getAmount() == null ? "" : quantity.getAmount();
        return Quantity.of(amount + (quantity.getFormat() == null ? "" : quantity.getFormat()));
    }
}
