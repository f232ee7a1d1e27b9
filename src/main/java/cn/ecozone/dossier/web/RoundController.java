package cn.ecozone.dossier.web;

import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Application rounds: every business user of a province reads its rounds; its staff open them. */
@RestController
class RoundController {

    private final RoundManagement rounds;

    RoundController(RoundManagement rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/api/application-rounds")
    @Access.BusinessStaff
    PageResult<RoundView> list(
            @RequestParam(required = false) Programme programme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return rounds.list(programme, page, size, CurrentActor.require());
    }

    @PostMapping("/api/application-rounds")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    @ResponseStatus(HttpStatus.CREATED)
    RoundView create(@RequestBody RoundManagement.RoundInput body) {
        return rounds.create(body, CurrentActor.require());
    }
}
