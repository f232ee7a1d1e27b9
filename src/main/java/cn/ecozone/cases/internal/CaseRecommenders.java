package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseFacts;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TypicalCaseRules;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleState;
import org.springframework.stereotype.Component;

/**
 * Who may recommend a typical case, from the regulation's data ({@code typical_cases.recommenders}): any
 * subject government of the jurisdiction (Xilingol 第13条: 各旗县市（区）…推荐, titled or not), or only a region
 * holding a valid title of the programme (GZ 第十七条: 贵州省“两山”基地; IM Two Mountains 第十五条: 被授予国家
 * “两山”基地称号的地区). No province is named in the code.
 */
@Component
public class CaseRecommenders {

    private final TitleRecords titles;

    CaseRecommenders(TitleRecords titles) {
        this.titles = titles;
    }

    /**
     * Refuses a region the regulation does not let recommend. Precondition: {@code r} has a typical-case
     * selection.
     *
     * @throws CaseFacts.NotARecommender when only titled regions recommend and this one holds no valid title
     */
    public void require(Regulation r, Programme programme, String regionCode) {
        TypicalCaseRules rules = r.typicalCases();
        if (rules.recommenderScope() != TypicalCaseRules.RecommenderScope.TITLED) {
            return;
        }
        boolean titled = titles.ofRegion(regionCode, programme)
                .filter(t -> t.state() == TitleState.VALID)
                .isPresent();
        if (!titled) {
            TypicalCaseRules.Recommenders who = rules.recommenders();
            throw new CaseFacts.NotARecommender(
                    who.citation().article() == null ? "—" : who.citation().article(), who.textZh());
        }
    }
}
