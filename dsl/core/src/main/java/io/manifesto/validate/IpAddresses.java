package io.manifesto.validate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Recognises IP address literals, without ever asking DNS (which {@link InetAddress#getByName} may do). */
public final class IpAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    /** Four dot-separated groups of one to three digits, whether or not each is at most 255. */
    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private IpAddresses() {
    }

    /** {@code true} for an IPv4 address in dotted decimal (no leading zeros) or an IPv6 address without zone. */
    public static boolean isIpAddress(String value) {
        if (value == null) {
            return false;
        }
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        if (!IPV6_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        try {
            // only hex digits, ':' and '.', with a ':': parsed as an IPv6 literal, never looked up
            return InetAddress.getByName(value) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * {@code true} for a value written as an IPv4 address, valid or not ({@code 999.1.1.1}): a host check tells the
     * user it is an address rather than that it is a strange name.
     */
    public static boolean looksLikeIpv4(String value) {
        return value != null && IPV4_LIKE.matcher(value).matches();
    }
}
