package cn.ecozone.dossier;

import cn.ecozone.regulation.ApplicationRules.WindowKind;
import cn.ecozone.regulation.Programme;
import java.time.LocalDate;

/**
 * An application round: the window in which dossiers are created.
 *
 * @param callDocument the Ministry's call (文件), for rounds opened by province staff; null for the
 *     platform's yearly rounds
 * @param open whether today (Asia/Shanghai) lies between {@code opensOn} and {@code closesOn}, both included
 */
public record RoundView(
        long id,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        String jurisdictionCode,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        String callDocument,
        WindowKind windowKind,
        String windowTextZh,
        String article,
        boolean open,
        long version) {}
