package io.algogate.broker.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public surface of the SPI, listed by reflection, one sorted line per fact, so a plugin's view
 * of the contract can be compared with a committed baseline as plain text.
 *
 * <p>Each line starts with the type's name. Supertypes get a line each, so adding an interface to a
 * type reads as an addition rather than a change of the type's line. Methods and constructors are
 * written with {@link Method#toGenericString()}: modifiers, generic types and {@code throws} are
 * part of what a plugin compiled against, so any change to them shows as the old line disappearing.
 */
final class SpiSurface {

    private static final String PACKAGE = BrokerPlugin.class.getPackageName();

    private SpiSurface() {
    }

    /** The surface of the SPI classes as compiled into this module. */
    static SortedSet<String> current() {
        SortedSet<String> lines = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            describe(type, lines);
        }
        return lines;
    }

    /**
     * The lines of the baseline that a surface breaks: every baseline line it lacks (a removal or
     * signature change), and every abstract method it adds to an interface the baseline already has,
     * because plugins implementing that interface would stop compiling (interfaces grow by defaults).
     */
    static List<String> incompatibilities(Collection<String> baseline, Collection<String> surface) {
        Set<String> baselineLines = new TreeSet<>(baseline);
        List<String> problems = new ArrayList<>();
        for (String line : baselineLines) {
            if (!surface.contains(line)) {
                problems.add("removed or changed: " + line);
            }
        }
        for (String line : new TreeSet<>(surface)) {
            String type = line.substring(0, line.indexOf(' '));
            if (!baselineLines.contains(line) && line.contains(" method ") && line.contains(" abstract ")
                    && (baselineLines.contains(type + " kind interface")
                            || baselineLines.contains(type + " kind sealed interface"))) {
                problems.add("abstract method added to an existing interface: " + line);
            }
        }
        return problems;
    }

    private static void describe(Class<?> type, SortedSet<String> lines) {
        String name = type.getName();
        lines.add(name + " kind " + kind(type));
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class) {
            lines.add(name + " extends " + type.getGenericSuperclass().getTypeName());
        }
        for (var supertype : type.getGenericInterfaces()) {
            lines.add(name + " implements " + supertype.getTypeName());
        }
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                lines.add(name + " permits " + permitted.getName());
            }
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                // The position matters: the canonical constructor's parameter order is the contract.
                lines.add(name + " component " + i + " " + components[i].getGenericType().getTypeName()
                        + " " + components[i].getName());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field)) {
                lines.add(name + " field " + field.toGenericString());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor)) {
                lines.add(name + " constructor " + constructor.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isBridge()) {
                lines.add(name + " method " + method.toGenericString());
            }
        }
    }

    private static String kind(Class<?> type) {
        String modifiers = type.isSealed() ? "sealed " : "";
        if (type.isAnnotation()) {
            return modifiers + "annotation";
        }
        if (type.isInterface()) {
            return modifiers + "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type.isRecord()) {
            return "record";
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return modifiers + "abstract class";
        }
        return (Modifier.isFinal(type.getModifiers()) ? "final " : modifiers) + "class";
    }

    private static boolean visible(Member member) {
        if (member.isSynthetic() || (member instanceof Executable e && e.isSynthetic())) {
            return false;
        }
        int modifiers = member.getModifiers();
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Every public type of the package, nested ones included, read from the compiled classes. */
    private static List<Class<?>> publicTypes() {
        Path packageDirectory = classesDirectory().resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(packageDirectory)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".class") || fileName.equals("package-info.class")) {
                    continue;
                }
                Class<?> type = Class.forName(PACKAGE + "." + fileName.substring(0, fileName.length() - 6));
                if (isPublicAllTheWayOut(type)) {
                    types.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    private static boolean isPublicAllTheWayOut(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    // The main classes, not the test classes: both share the package, and tests are not the SPI.
    private static Path classesDirectory() {
        try {
            return Path.of(BrokerPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
