package dev.sagelint.hcl.eval;

import dev.sagelint.model.Prop;

/**
 * The words for a resource or module that the configuration as scanned does not create, checked as one symbolic
 * instance: the sentence its findings end with, and the reason its {@code count.index}, {@code each.key} and
 * {@code each.value} are unknown.
 */
final class Notes {
    private Notes() {}

    /** {@code count} or {@code for_each} is zero or empty with the values given here. */
    static String empty(String what, String argument, String expression, String value) {
        return "With the module's defaults " + Prop.code(what) + " has no instance (" + Prop.code(argument) + " is "
                + Prop.code(expression) + ", which is " + value + "); this is what each instance a caller asks for "
                + "would be.";
    }

    /** {@code count} or {@code for_each} cannot be decided here. */
    static String unknown(String what, String argument, String expression, String reason) {
        return "The instances of " + Prop.code(what) + " are not known here (" + Prop.code(argument) + " is "
                + Prop.code(expression) + ": " + reason + "); this is what each of them would be.";
    }

    /** Why a value that differs between the instances of {@code what} is unknown. */
    static String reason(String what) {
        return "each instance of " + Prop.code(what) + " takes it from what the module's caller passes";
    }
}
