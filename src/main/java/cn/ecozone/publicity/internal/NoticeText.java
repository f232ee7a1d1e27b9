package cn.ecozone.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the issuer writes on a notice: its title, the issuing body's name, the decision's document number
 * (required to publish, issue 12 §1 IM step 4), where it is published and how to complain.
 */
@Embeddable
public record NoticeText(
        @Column(name = "title") String title,
        @Column(name = "issuer_name") String issuerName,
        @Column(name = "document_number") String documentNumber,
        @Column(name = "where_published") String wherePublished,
        @Column(name = "how_to_complain") String howToComplain) {}
