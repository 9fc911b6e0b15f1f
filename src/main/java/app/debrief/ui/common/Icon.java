package app.debrief.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The app's icon vocabulary: views name what they mean, this maps it to an icon of the pack. */
public enum Icon {
    HOME(MaterialDesignH.HOME_OUTLINE),
    HISTORY(MaterialDesignH.HISTORY),
    PROGRESS(MaterialDesignT.TRENDING_UP),
    TIMER(MaterialDesignT.TIMER_OUTLINE),
    SUBMIT(MaterialDesignS.SEND),
    DARK_THEME(MaterialDesignW.WEATHER_NIGHT),
    LIGHT_THEME(MaterialDesignW.WHITE_BALANCE_SUNNY),
    RANDOM(MaterialDesignD.DICE_5_OUTLINE),
    START(MaterialDesignP.PLAY),
    RESUME(MaterialDesignP.PLAY_CIRCLE_OUTLINE),
    PAUSE(MaterialDesignP.PAUSE_CIRCLE_OUTLINE),
    NEXT_PHASE(MaterialDesignS.SKIP_NEXT),
    FLAGGED(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    CLEAR(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    NOT_APPLICABLE(MaterialDesignM.MINUS_CIRCLE_OUTLINE),
    SAVED(MaterialDesignC.CONTENT_SAVE_OUTLINE),
    SAVE_FAILED(MaterialDesignC.CONTENT_SAVE_ALERT_OUTLINE),
    WARNING(MaterialDesignA.ALERT_OUTLINE),
    INFO(MaterialDesignI.INFORMATION_OUTLINE),
    BACK(MaterialDesignA.ARROW_LEFT),
    PM_TRACK(MaterialDesignC.CHIP),
    PMM_TRACK(MaterialDesignB.BULLHORN_OUTLINE),
    COVERED(MaterialDesignC.CHECKBOX_MARKED_OUTLINE),
    TOUCHED(MaterialDesignC.CHECKBOX_INTERMEDIATE),
    MISSED(MaterialDesignC.CHECKBOX_BLANK_OUTLINE),
    COMPARE(MaterialDesignC.COMPARE),
    LOOP(MaterialDesignA.ACCOUNT_GROUP),
    BREAK(MaterialDesignC.COFFEE_OUTLINE),
    COMMITTEE(MaterialDesignG.GAVEL),
    PDF(MaterialDesignF.FILE_PDF_BOX),
    SEARCH(MaterialDesignM.MAGNIFY),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    UNDO(MaterialDesignU.UNDO),
    EXPORT(MaterialDesignE.EXPORT),
    LOCKED(MaterialDesignL.LOCK_OUTLINE),
    CLOCK(MaterialDesignC.CLOCK_OUTLINE),
    GRADE(MaterialDesignS.SCALE_BALANCE),
    FILTER(MaterialDesignF.FILTER_VARIANT),
    PRACTISE_NEXT(MaterialDesignS.SCHOOL_OUTLINE),
    CHECKLIST(MaterialDesignF.FORMAT_LIST_CHECKS),
    FOLLOW_UP(MaterialDesignC.COMMENT_QUESTION_OUTLINE),
    REFERENCE(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
    SKIP(MaterialDesignS.SKIP_FORWARD);

    private final Ikon ikon;

    Icon(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon node() {
        return new FontIcon(ikon);
    }
}
