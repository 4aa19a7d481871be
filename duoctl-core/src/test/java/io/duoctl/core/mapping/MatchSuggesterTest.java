package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatchSuggesterTest {
  /** Messy organization name (as a PSA holds it) → the Duo child account's name. */
  static final Map<String, String> MATCHES = new LinkedHashMap<>();

  /** Duo child accounts that no organization should be auto-mapped to. */
  static final List<String> UNMATCHED_ACCOUNTS =
      List.of(
          "Summit Medical, LLC",
          "Summit Medical Inc",
          "Apex Legal",
          "Riverside Clinic East",
          "Riverside Clinic West",
          "Coho Vineyard & Winery");

  /** Organizations that must be refused: ambiguous, weak, or without any account. */
  static final List<String> REFUSED_ORGANIZATIONS =
      List.of(
          "Summit Medical",
          "Apex Legal",
          "Apex Legal LLC",
          "Riverside Clinic",
          "Coho Winery",
          "Brand New Customer");

  static {
    String[][] pairs = {
      {"ACME Corp.", "Acme Corporation"},
      {"Globex", "Globex, Inc."},
      {"initech", "Initech LLC"},
      {"Muller and Sohne", "Müller & Söhne GmbH"},
      {"Cafe Societe", "Café Société SARL"},
      {"Smith and Wesson Dental, P.C.", "Smith & Wesson Dental"},
      {"Umbrella Health", "Umbrella Health Pty Ltd"},
      {"Stark Industries, Inc", "Stark Industries"},
      {"WAYNE ENTERPRISES LTD", "Wayne Enterprises"},
      {"Cyberdyne Sytems", "Cyberdyne Systems"},
      {"Soylent Green Foods Co.", "Soylent Green Foods"},
      {"The Tyrell Corporation", "Tyrell Corp"},
      {"Wonka  Industries", "Wonka Industries"},
      {"Hooli, Inc.", "Hooli"},
      {"Pied-Piper", "Pied Piper"},
      {"Vandelay Industries LLC", "Vandelay Industries"},
      {"Dunder Mifflin Paper", "Dunder Mifflin Paper Company"},
      {"Los Pollos Hermanos S.A.", "Los Pollos Hermanos"},
      {"Nakatomi Trading K.K.", "Nakatomi Trading"},
      {"Oceanic Air Lines", "Oceanic Airlines"},
      {"Gringotts Bank PLC", "Gringotts Bank"},
      {"ZORG industries", "Zorg Industries"},
      {"The Bluth Company", "Bluth Company"},
      {"Prestige Worldwide Inc.", "Prestige Worldwide"},
      {"Sterling Cooper Draper Pryce LLC", "Sterling Cooper Draper Pryce"},
      {"Krusty Krab, LLC", "Krusty Krab"},
      {"Ollivander's Wand Shop", "Ollivanders Wand Shop"},
      {"Baeckerei Schmidt", "Bäckerei Schmidt AG"},
      {"Sao Paulo Logistica", "São Paulo Logística Ltda"},
      {"NORDISK FISK", "Nordisk Fisk AS"},
      {"Van Der Berg", "Van der Berg B.V."},
      {"OReilly Auto Parts", "O'Reilly Auto Parts"},
      {"Johnson and Johnson Family Practice", "Johnson & Johnson Family Practice"},
      {"Fabrikam, Inc.", "Fabrikam"},
      {"Contoso Pharmaceutical", "Contoso Pharmaceuticals"},
      {"Northwind Traders Ltd.", "Northwind Traders"},
      {"adventure works cycles", "Adventure Works Cycles"},
      {"Tailspin Toys Co", "Tailspin Toys"},
      {"Wingtip Toys", "Wingtip Toys Inc"},
      {"LitWare Inc", "Litware"},
      {"Proseware, LLC", "Proseware"},
      {"Lucerne Publishing GmbH", "Lucerne Publishing"},
      {"Fourth Coffee Company", "Fourth Coffee"},
      {"Woodgrove Bank, N.A.", "Woodgrove Bank"},
    };
    for (String[] pair : pairs) {
      MATCHES.put(pair[0], pair[1]);
    }
  }

  static List<MatchSuggester.Party> accounts() {
    List<MatchSuggester.Party> accounts = new ArrayList<>();
    int i = 0;
    for (String name : MATCHES.values()) {
      accounts.add(new MatchSuggester.Party(accountId(i++), name));
    }
    for (String name : UNMATCHED_ACCOUNTS) {
      accounts.add(new MatchSuggester.Party(accountId(i++), name));
    }
    return accounts;
  }

  static String accountId(int i) {
    return String.format("DA%018d", i);
  }

  static List<MatchSuggester.Party> organizations() {
    List<MatchSuggester.Party> orgs = new ArrayList<>();
    int i = 0;
    for (String name : MATCHES.keySet()) {
      orgs.add(new MatchSuggester.Party("org-" + i++, name));
    }
    for (String name : REFUSED_ORGANIZATIONS) {
      orgs.add(new MatchSuggester.Party("org-" + i++, name));
    }
    return orgs;
  }

  @Test
  void fiftyMessyChildAccounts_mapExactlyTheUnambiguousOnes() {
    List<MatchSuggester.Party> accounts = accounts();
    assertThat(accounts).hasSize(50);
    Map<String, String> nameOfAccount =
        accounts.stream()
            .collect(Collectors.toMap(MatchSuggester.Party::id, MatchSuggester.Party::name));

    List<MatchSuggestion> suggestions = MatchSuggester.suggest(organizations(), accounts);

    Map<String, String> applied =
        suggestions.stream()
            .filter(MatchSuggestion::applicable)
            .collect(
                Collectors.toMap(
                    MatchSuggestion::organizationName,
                    s -> nameOfAccount.get(s.best().orElseThrow().accountId())));
    assertThat(applied).containsExactlyInAnyOrderEntriesOf(MATCHES);
  }

  @Test
  void ambiguousAndWeakMatches_areRefusedWithTheReason() {
    Map<String, MatchConfidence> confidence =
        MatchSuggester.suggest(organizations(), accounts()).stream()
            .collect(
                Collectors.toMap(MatchSuggestion::organizationName, MatchSuggestion::confidence));

    assertThat(confidence)
        .containsEntry("Summit Medical", MatchConfidence.AMBIGUOUS)
        .containsEntry("Apex Legal", MatchConfidence.AMBIGUOUS)
        .containsEntry("Apex Legal LLC", MatchConfidence.AMBIGUOUS)
        .containsEntry("Riverside Clinic", MatchConfidence.WEAK)
        .containsEntry("Coho Winery", MatchConfidence.WEAK)
        .containsEntry("Brand New Customer", MatchConfidence.NONE);
  }

  @Test
  void ambiguousSuggestions_stillListTheCandidatesForAPersonToChoose() {
    MatchSuggestion summit =
        MatchSuggester.suggest(organizations(), accounts()).stream()
            .filter(s -> s.organizationName().equals("Summit Medical"))
            .findFirst()
            .orElseThrow();

    assertThat(summit.candidates())
        .extracting(MatchCandidate::accountName)
        .startsWith("Summit Medical Inc", "Summit Medical, LLC");
    assertThat(summit.applicable()).isFalse();
  }

  @Test
  void noAccountIsEverSuggestedTwiceAsConfident() {
    List<MatchSuggester.Party> orgs =
        List.of(new MatchSuggester.Party("a", "Acme"), new MatchSuggester.Party("b", "ACME Inc"));
    List<MatchSuggester.Party> accounts = List.of(new MatchSuggester.Party("DA1", "Acme LLC"));

    assertThat(MatchSuggester.suggest(orgs, accounts)).noneMatch(MatchSuggestion::applicable);
  }
}
