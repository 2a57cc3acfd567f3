package newsgen.site;

import java.util.List;

/**
 * What an entity's first page shows above its quotes: spellings, roles, when it was seen, who it is named with,
 * the chart of its mentions and its stories.
 *
 * @param moreAliases how many spellings {@code topAliases} leaves out; likewise {@code moreRoles}
 * @param chart       the mention chart as inline SVG and a line of its labels, or null with fewer than two bars
 * @param chartPeriod "month", "quarter" or "year", or null
 * @param chartBars   the chart's non-empty bars, as text for screen readers
 */
record EntityFacts(List<String> topAliases, int moreAliases, List<String> topRoles, int moreRoles,
                   List<String> affiliations, String placeType, String country, String firstSeen, String lastSeen,
                   List<Companion> companionPeople, List<Companion> companionOrganisations, String chart,
                   String chartPeriod, List<MentionChart.Bar> chartBars, List<StoryLink> stories) {

    /** Someone named in the same articles, and in how many. */
    record Companion(String name, String href, int articles) {
    }
}
