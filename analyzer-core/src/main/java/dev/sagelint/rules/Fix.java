package dev.sagelint.rules;

/** Whether fixing a finding updates the resource in place or replaces it. */
public enum Fix {
    /** The property can be changed on the live resource (CloudFormation "No interruption" or similar). */
    IN_PLACE,
    /**
     * The property is immutable: CloudFormation {@code createOnlyProperties}, Terraform {@code ForceNew}. Changing
     * it deletes the resource and creates a new one.
     */
    REPLACEMENT
}
