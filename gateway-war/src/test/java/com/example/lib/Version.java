package com.example.lib;

/**
 * Stands in for a library the WAR carries at its own version; the plugin jars the tests build carry
 * other versions of this same class, and each must see its own.
 */
public final class Version {

    private Version() {
    }

    public static String value() {
        return "3";
    }
}
