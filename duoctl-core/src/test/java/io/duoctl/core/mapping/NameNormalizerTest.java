package io.duoctl.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ACME, Inc.|acme",
        "Acme Corp.|acme",
        "The Acme Corporation|acme",
        "Müller & Söhne GmbH|muller and sohne",
        "Muller and Sohne|muller and sohne",
        "Café Société S.A.R.L.|cafe societe",
        "Smith + Wesson L.L.C.|smith and wesson",
        "Ollivander's Wand Shop|ollivanders wand shop",
        "Lucerne Publishing GmbH & Co. KG|lucerne publishing",
        "Umbrella Health Pty Ltd|umbrella health",
        "Straße Ærø Łódź|strasse aero lodz",
        "  Pied-Piper   |pied piper",
        "Co|co",
        "The|the"
      })
  void reducesToIdentifyingWords(String name, String expected) {
    assertThat(NameNormalizer.normalize(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Corp|ACME, Inc.|1.0",
        "Oceanic Airlines|Oceanic Air Lines|1.0",
        "Jones & Smith|Smith and Jones|1.0"
      })
  void equalNamesScoreOne(String a, String b, double expected) {
    assertThat(NameSimilarity.score(a, b)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cyberdyne Systems|Cyberdyne Sytems",
        "Contoso Pharmaceuticals|Contoso Pharmaceutical",
        "Bäckerei Schmidt AG|Baeckerei Schmidt"
      })
  void typosScoreAboveTheThreshold(String a, String b) {
    assertThat(NameSimilarity.score(a, b)).isGreaterThanOrEqualTo(MatchSuggester.THRESHOLD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme|Acme Health",
        "Tailspin Toys|Wingtip Toys",
        "Riverside Clinic|Riverside Clinic East",
        "Coho Winery|Coho Vineyard & Winery"
      })
  void differentCompaniesScoreBelowTheThreshold(String a, String b) {
    assertThat(NameSimilarity.score(a, b)).isLessThan(MatchSuggester.THRESHOLD);
  }
}
