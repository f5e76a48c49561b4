package io.algogate.gateway.interfaces.admin;

/**
 * The page an admin list was asked for: {@code page} counts from 0 (a negative one is the first),
 * {@code size} is 50 when not given and held between 1 and {@link #MAX_SIZE}, so no request can make
 * the server read a whole log at once.
 */
public record AdminPage(int number, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public static AdminPage of(Integer page, Integer size) {
        return new AdminPage(page == null ? 0 : Math.max(0, page),
                size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size)));
    }
}
