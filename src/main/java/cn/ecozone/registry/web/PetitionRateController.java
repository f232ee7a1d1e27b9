package cn.ecozone.registry.web;

import cn.ecozone.registry.PetitionRateView;
import cn.ecozone.registry.RegisterManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The petition rates (办结率, 及时办理率) of a region and year, with the counts behind them, from its
 * confirmed petitions; for business staff within their scope (the own region when none is named).
 */
@RestController
@Access.BusinessStaff
class PetitionRateController {

    private final RegisterManagement registers;

    PetitionRateController(RegisterManagement registers) {
        this.registers = registers;
    }

    @GetMapping("/api/registers/petition-rates")
    PetitionRateView rates(@RequestParam(required = false) @Size(max = 12) String region, @RequestParam int year) {
        return registers.petitionRates(region, year, CurrentActor.require());
    }
}
