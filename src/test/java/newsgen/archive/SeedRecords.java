package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Place;

import java.util.List;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.date;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static newsgen.archive.Fixtures.place;
import static newsgen.archive.Fixtures.quote;

/**
 * Records written by hand the way the extractor should write them for the two seed articles (see the gold files),
 * with the spellings each article really uses, so the archive can be tested before the extractor lands.
 */
public final class SeedRecords {
    public static final String PACT = "mali-burkina-faso-niger-mutual-defense-pact";
    public static final String TRT = "niger-burkina-faso-mali-form-defence-alliance";

    public static final String DIOP_PACT = "This alliance will combine military and economic efforts between the three countries,";
    public static final String DIOP_TRT = "This alliance will be a combination of military and economic efforts between the three countries";
    public static final String GOITA_PACT = "I have today signed with the Heads of State of Burkina Faso and Niger the Liptako-Gourma charter "
            + "establishing the Alliance of Sahel States, aimed at forming a collective defense and mutual assistance framework.";
    public static final String GOITA_TRT = "Today, together with the Heads of State of Burkina Faso and Niger, I signed the Liptako-Gourma "
            + "Charter establishing the Alliance of Sahel States (AES), the aim of which is to establish an architecture of collective "
            + "defence and mutual assistance for the benefit of our populations";
    public static final String PRIORITY = "Our priority is the fight against terrorism in the three countries";

    private SeedRecords() {
    }

    private static List<Place> places() {
        return List.of(place("Mali", "country"), place("Burkina Faso", "country"), place("Niger", "country"),
                place("Bamako", "city"), place("Liptako-Gourma", "region"), place("Sahel", "region"),
                place("Chad", "country"), place("Mauritania", "country"), place("France", "country"));
    }

    /** The TRT-less article (no outlet named), as "000_2881434f48805f6b". */
    public static ArchivedArticle pact() {
        Actor goita = person("Assimi Goita", List.of("Goita"), "military leader", "Mali");
        Actor diop = person("Abdoulaye Diop", List.of(), "Defence Minister", "Mali");
        Actor bazoum = person("Mohamed Bazoum", List.of(), "President", "Niger");
        Actor charterless = org("Alliance of Sahel States");
        return article(PACT, null, "2023-09-16", "Mali, Burkina Faso and Niger sign the Liptako-Gourma mutual defence pact")
                .text("Mali, Burkina Faso, and Niger have entered into a mutual defense pact, aimed at strengthening their cooperation against armed rebellion and external aggression.",
                        "The agreement, known as the Alliance of Sahel States, was signed on Saturday and commits the signatories to support one another, including through military assistance, in the event of an attack on any member state.",
                        "“Any attack on the sovereignty and territorial integrity of one or more contracted parties will be considered an aggression against the other parties,” the charter states.",
                        "Mali’s military leader, Assimi Goita, announced on his social media account, “" + GOITA_PACT + "” The Liptako-Gourma region, where the borders of Mali, Burkina Faso, and Niger converge, has been severely impacted by armed conflict in recent years.",
                        "“" + DIOP_PACT + "” Mali’s Defence Minister Abdoulaye Diop stated in Bamako, the capital of Mali. “" + PRIORITY + ".”",
                        "The armed rebellion, which began in northern Mali in 2012, spread to Niger and Burkina Faso by 2015. All three nations were previously part of the France-supported G5 Sahel alliance, which included Chad and Mauritania, launched in 2017 to combat groups linked to al-Qaeda and ISIL (ISIS).",
                        "However, since 2020, all three countries have experienced military coups, with the most recent occurring in Niger in July, where soldiers ousted President Mohamed Bazoum, who had cooperated with Western efforts to combat Sahel-based militant groups.",
                        "The West African regional bloc ECOWAS has threatened military intervention in Niger following the coup, though it has recently softened its stance. In response, Mali and Burkina Faso warned that any such operation would be considered a “declaration of war” against them.",
                        "Meanwhile, tensions have flared in Mali, with predominantly Tuareg armed groups resuming hostilities last week, jeopardizing a 2015 peace agreement.")
                .actors(goita, diop, bazoum, charterless, org("G5 Sahel"), org("al-Qaeda"), org("ISIL", "ISIS"), org("ECOWAS"))
                .places(places().toArray(Place[]::new))
                .quotes(new newsgen.model.Quote("Any attack on the sovereignty and territorial integrity of one or more contracted parties will be considered an aggression against the other parties,",
                                "liptako-gourma-charter", "the charter", null, "states", false, 3),
                        quote(GOITA_PACT, goita, 4), quote(DIOP_PACT, diop, 5), quote(PRIORITY + ".", diop, 5),
                        quote("declaration of war", null, 8))
                .dates(date("on Saturday", "2023-09-16", 2, "The agreement, known as the Alliance of Sahel States, was signed on Saturday and commits the signatories to support one another."),
                        date("in 2012", "2012", 6, "The armed rebellion, which began in northern Mali in 2012, spread to Niger and Burkina Faso by 2015."),
                        date("by 2015", "2015", 6, "The armed rebellion, which began in northern Mali in 2012, spread to Niger and Burkina Faso by 2015."),
                        date("in 2017", "2017", 6, "All three nations were previously part of the France-supported G5 Sahel alliance, which included Chad and Mauritania, launched in 2017 to combat groups linked to al-Qaeda and ISIL (ISIS)."),
                        date("since 2020", "2020", 7, "However, since 2020, all three countries have experienced military coups, with the most recent occurring in Niger in July, where soldiers ousted President Mohamed Bazoum."),
                        date("in July", "2023-07", 7, "However, since 2020, all three countries have experienced military coups, with the most recent occurring in Niger in July, where soldiers ousted President Mohamed Bazoum."),
                        date("last week", "2023-W36", 9, "Meanwhile, tensions have flared in Mali, with predominantly Tuareg armed groups resuming hostilities last week, jeopardizing a 2015 peace agreement."))
                .build();
    }

    /** The TRT Afrika article, as "004_04b3bcb1fc385159". */
    public static ArchivedArticle trt() {
        Actor goita = person("Assimi Goita", List.of("Goita"), "head of Mali's ruling junta", "Mali");
        Actor tiani = person("Abdourahmane Tiani", List.of("Tiania"), "junta leader", "Niger");
        Actor diop = person("Abdoulaye Diop", List.of(), "defence minister", "Mali");
        Actor bazoum = person("Mohamed Bazoum", List.of(), "President", "Niger");
        return article(TRT, "TRT Afrika", "2023-09-16", "Niger, Burkina Faso and Mali form defence alliance")
                .text("The leaders of Mali, Burkina Faso and Niger signed a charter establishing a defence alliance, ministerial delegations from the three Sahel countries announced at a press conference. The signing of the charter took place on Saturday in the Malian capital Bamako.",
                        "\"" + GOITA_TRT + "\", the head of Mali's ruling junta, Assimi Goita, posted on X, the social network formerly known as Twitter.",
                        "The three countries are battling an insurgency that erupted in northern Mali in 2012 and spread to Niger and Burkina Faso in 2015.",
                        "Niger's junta leader Abdourahmane Tiani described the signing of the charter as ''historic'' saying ''together, we will build a peaceful, prosperous and united Sahel.''",
                        "All three countries have also undergone coups since 2020, most recently Niger, where soldiers in July overthrew President Mohamed Bazoum.",
                        "The countries have recently been at loggerheads with the West African regional bloc, ECOWAS over the coup that took place in Niger.",
                        "\"" + DIOP_TRT + "\", Mali's defence minister Abdoulaye Diop said at the press conference on Saturday.",
                        "\"" + PRIORITY + "\", he added.",
                        "Mali has since left the dormant organisation after a military coup, while ousted Niger's President Mohamed Bazoum said in May last year that the force is now \"dead\" following Mali's departure.",
                        "In addition to fighting insurgents linked to Al Qaeda and the so-called Islamic State group, Mali has seen a resumption of hostilities by predominantly Tuareg armed groups over the past week.")
                .actors(goita, tiani, diop, bazoum, org("Alliance of Sahel States", "AES"), org("ECOWAS"), org("G5 Sahel"),
                        org("Al Qaeda"), org("Islamic State"))
                .places(places().toArray(Place[]::new))
                .quotes(quote(GOITA_TRT, goita, 2), quote("historic", tiani, 4),
                        quote("together, we will build a peaceful, prosperous and united Sahel.", tiani, 4),
                        quote(DIOP_TRT, diop, 7), quote(PRIORITY, diop, 8), quote("dead", bazoum, 9))
                .dates(date("on Saturday", "2023-09-16", 1, "The signing of the charter took place on Saturday in the Malian capital Bamako."),
                        date("in 2012", "2012", 3, "The three countries are battling an insurgency that erupted in northern Mali in 2012 and spread to Niger and Burkina Faso in 2015."),
                        date("in 2015", "2015", 3, "The three countries are battling an insurgency that erupted in northern Mali in 2012 and spread to Niger and Burkina Faso in 2015."),
                        date("since 2020", "2020", 5, "All three countries have also undergone coups since 2020, most recently Niger, where soldiers in July overthrew President Mohamed Bazoum."),
                        date("in July", "2023-07", 5, "All three countries have also undergone coups since 2020, most recently Niger, where soldiers in July overthrew President Mohamed Bazoum."),
                        date("in May last year", "2022-05", 9, "Mali has since left the dormant organisation after a military coup, while ousted Niger's President Mohamed Bazoum said in May last year that the force is now \"dead\" following Mali's departure."),
                        date("over the past week", "2023-W36", 10, "In addition to fighting insurgents linked to Al Qaeda and the so-called Islamic State group, Mali has seen a resumption of hostilities by predominantly Tuareg armed groups over the past week."))
                .build();
    }

    public static List<ArchivedArticle> both() {
        return List.of(pact(), trt());
    }
}
