package org.dateline.diag;

/** How bad a {@link Problem} is. Errors stop the build before anything is written; warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
