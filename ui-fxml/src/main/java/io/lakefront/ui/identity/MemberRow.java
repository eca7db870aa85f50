package io.lakefront.ui.identity;

/** One record of the selected cluster, with the values it was matched on. */
public record MemberRow(String source, String recordId, String name, String email, String phone, String birthDate,
                        String address) {
}
