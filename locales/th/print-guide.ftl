### The printing guide at the end of every print sheet (pocketcard build --sheet ...).
### Printing instructions, not legal information.

# source: none (printing guide title)
guide-title = วิธีพิมพ์บัตรเหล่านี้

# source: none (printing guide: paper)
guide-paper = ใช้กระดาษขาวธรรมดาหรือกระดาษการ์ดแบบบาง ขนาดตรงกับที่แผ่นพิมพ์นี้ทำไว้ (Letter หรือ A4) กระดาษการ์ดที่หนากว่าจะอยู่ในกระเป๋าสตางค์ได้นานกว่า
    .title = กระดาษ

# source: none (printing guide: printer settings)
guide-settings = พิมพ์ขนาดจริง: 100% ไม่ย่อไม่ขยาย ไม่เลือก "พอดีกับหน้า" สำหรับแผ่นที่มีด้านหน้าและด้านหลัง ให้พิมพ์สองหน้าและพลิกกระดาษตามขอบยาว
    .title = การตั้งค่าเครื่องพิมพ์

# source: none (printing guide: printer settings for fold-over sheets, printed on one side)
guide-settings-fold = พิมพ์ขนาดจริง: 100% ไม่ย่อไม่ขยาย ไม่เลือก "พอดีกับหน้า" พิมพ์บนกระดาษเพียงด้านเดียวเท่านั้น
    .title = การตั้งค่าเครื่องพิมพ์

# source: none (printing guide: checking alignment)
guide-alignment = พิมพ์หนึ่งแผ่นก่อน แล้วยกส่องกับแสงไฟ ด้านหลังของบัตรแต่ละใบควรอยู่ตรงหลังด้านหน้าของมันพอดี ถ้าด้านหลังเลื่อนไป ให้วัดว่าเลื่อนไปกี่มิลลิเมตร แล้วสร้างแผ่นพิมพ์ใหม่โดยใช้ --back-offset (แนวนอน, ลงล่าง)
    .title = ตรวจว่าหน้าหลังตรงกัน

# source: none (printing guide: cutting)
guide-cut = ตัดตามเส้นที่ขีดสั้น ๆ ตรงขอบแผ่นชี้ไป บัตรที่อยู่ในแนวตั้งเดียวกันใช้รอยตัดเดียวกันระหว่างแถวบนกับแถวล่าง
    .title = การตัด

# source: none (printing guide: folding, for sheets without duplex)
guide-fold = ตัดบัตรออกทีละคู่ พับตามเส้นประโดยให้ด้านที่พิมพ์อยู่ด้านนอก แล้วทากาวติดสองซีกเข้าด้วยกันหรือเคลือบพลาสติก
    .title = การพับ

# source: none (printing guide: laminating)
guide-laminate = การเคลือบพลาสติกทำให้บัตรใช้ได้นาน ตัดบัตรก่อน แล้วเคลือบทีละใบ โดยเว้นขอบใสรอบบัตรประมาณ 3 มม.
    .title = การเคลือบพลาสติก

# source: none (duplex calibration page: title)
calibrate-title = หน้าทดสอบว่าหน้าหลังตรงกัน

# source: none (duplex calibration page: how to read it)
calibrate-how = พิมพ์หน้านี้ขนาดจริงลงบนกระดาษแผ่นเดียวทั้งสองหน้า โดยพลิกกระดาษตามขอบยาว ยกกระดาษส่องกับแสงไฟ กากบาทมีหมายเลขที่พิมพ์อยู่ด้านหลังแต่ละอันจะเห็นทะลุมาอยู่ข้างเครื่องหมายที่มีหมายเลขเดียวกันบนด้านหน้า อ่านขีดวัดทั้งสองตรงจุดที่กากบาทอยู่ โดยอ่านค่าแนวนอน (across) ก่อน แล้วจึงอ่านค่าลงล่าง (down) ถ้าค่าไม่ใช่ 0 ให้สร้างแผ่นพิมพ์ใหม่โดยใช้ --back-offset across,down
