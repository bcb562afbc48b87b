### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = 이 카드를 인쇄하는 방법

# source: none (printing guide: paper)
guide-paper = 이 인쇄용 시트에 맞는 크기(Letter 또는 A4)의 일반 흰 종이나 얇은 카드지를 쓰세요. 더 두꺼운 카드지가 지갑 속에서 더 오래갑니다.
    .title = 종이

# source: none (printing guide: printer settings)
guide-settings = 실제 크기로 인쇄하세요: 100%, 크기 조정 없이, "페이지에 맞춤"은 쓰지 마세요. 앞면과 뒷면이 있는 시트는 양면으로 인쇄하고, 긴 가장자리를 기준으로 넘기도록 설정하세요.
    .title = 프린터 설정

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = 실제 크기로 인쇄하세요: 100%, 크기 조정 없이, "페이지에 맞춤"은 쓰지 마세요. 용지의 한쪽 면에만 인쇄하세요.
    .title = 프린터 설정

# source: none (printing guide: checking alignment)
guide-alignment = 먼저 한 장만 인쇄해서 불빛에 비춰 보세요. 각 카드의 뒷면이 앞면 바로 뒤에 있어야 합니다. 뒷면이 밀려 있으면 몇 밀리미터 밀렸는지 재고, --back-offset (가로, 아래쪽) 옵션을 넣어 시트를 다시 만드세요.
    .title = 앞뒷면 위치 확인

# source: none (printing guide: cutting)
guide-cut = 시트 가장자리의 짧은 표시가 가리키는 선을 따라 자르세요. 같은 세로줄에서 위아래로 붙은 두 카드는 그 사이를 한 번만 자르면 됩니다.
    .title = 자르기

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = 앞뒷면 한 쌍씩 오려 낸 뒤, 인쇄된 면이 바깥으로 오도록 점선을 따라 접고, 두 쪽을 풀로 붙이거나 코팅하세요.
    .title = 접기

# source: none (printing guide: laminating)
guide-laminate = 코팅을 하면 카드가 오래갑니다. 카드를 먼저 자른 다음 한 장씩 코팅하고, 둘레에 약 3mm의 투명한 테두리를 남기세요.
    .title = 코팅

# source: none (duplex calibration page: title)
calibrate-title = 앞뒷면 위치 맞춤 테스트

# source: none (duplex calibration page: how to read it)
calibrate-how = 이 페이지를 실제 크기로 종이 한 장의 양면에 인쇄하고, 긴 가장자리를 기준으로 넘기도록 설정하세요. 종이를 불빛에 비춰 보세요. 뒷면에 인쇄된 번호 붙은 십자 표시가 각각 앞면의 같은 번호 기준 표시 옆에 비쳐 보입니다. 십자 표시가 놓인 곳에서 두 눈금을 읽으세요. 먼저 가로(across) 값을, 그다음 아래쪽(down) 값을 읽습니다. 값이 0이 아니면 --back-offset across,down 옵션을 넣어 시트를 다시 만드세요.
