# ruff: noqa: E501  (article text and page furniture are data: long lines on purpose)
"""Article bodies, part B (national press, government and ministry portals).

Our own writing; same DSL as ``articles_a`` (T L P H I U O A S D; ``I: caption ||
credit``).  ``K:`` is a kicker printed above the headline.
"""

ARTICLES_B = {
"nhandan-giaithuong-2024": """
D: 2024-01-20 21:15
T: Trao Giải thưởng toàn quốc về thông tin đối ngoại lần thứ IX
L: Tối 19/1, tại Hà Nội, Ban Chỉ đạo công tác thông tin đối ngoại Trung ương phối hợp với các cơ quan liên quan tổ chức Lễ trao Giải thưởng toàn quốc về thông tin đối ngoại lần thứ IX.
P: Năm nay, Ban Tổ chức nhận được hơn 1.700 tác phẩm của các cơ quan báo chí, địa phương, cơ quan đại diện Việt Nam ở nước ngoài và nhiều tác giả là người nước ngoài. Hội đồng chung khảo đã chọn 114 tác phẩm để trao giải, gồm 5 giải đặc biệt, 14 giải A, 30 giải B, 40 giải C và 25 giải khuyến khích.
I: Các tác giả đoạt giải đặc biệt tại lễ trao giải. || THÀNH ĐẠT
P: Các tác phẩm đoạt giải phản ánh sinh động thành tựu đổi mới của đất nước, hình ảnh con người Việt Nam thân thiện, mến khách; nhiều tác phẩm được thể hiện bằng tiếng nước ngoài, sử dụng hiệu quả các nền tảng số để tiếp cận công chúng quốc tế.
P: Phát biểu tại buổi lễ, Phó Trưởng ban Tuyên giáo Trung ương Phan Xuân Thủy đánh giá giải thưởng đã trở thành diễn đàn uy tín, thu hút ngày càng đông đảo người tham gia, kể cả bạn bè quốc tế yêu mến Việt Nam.
P: Ông đề nghị các cơ quan báo chí tiếp tục đầu tư cho những tác phẩm có chiều sâu, kể những câu chuyện chân thực về Việt Nam bằng ngôn ngữ và cách tiếp cận phù hợp với từng đối tượng độc giả nước ngoài.
A: MINH HÀ
""",
"nhandan-kieubao-2023": """
D: 2023-09-02 09:40
T: Kiều bào tại Lào hướng về Quốc khánh 2/9
L: Nhân kỷ niệm 78 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, cộng đồng người Việt Nam tại Lào tổ chức nhiều hoạt động văn hóa, thể thao và thiện nguyện ý nghĩa.
P: Tại Thủ đô Viêng Chăn, Hội người Việt Nam tổ chức giải bóng đá, thi nấu ăn và đêm văn nghệ với sự tham gia của hơn 1.000 kiều bào và bạn bè Lào.
P: Ở các tỉnh Chăm-pa-sắc, Savannakhet, Luông Pha-bang, các chi hội đến thăm, tặng quà gia đình người Lào có hoàn cảnh khó khăn, tặng sách vở cho học sinh các trường song ngữ Lào - Việt.
I: Kiều bào tại Viêng Chăn giao lưu văn nghệ mừng Quốc khánh. || TRẦN HẢI
H: Gắn kết cộng đồng
P: Ông Phạm Văn Hiếu, Chủ tịch Hội người Việt Nam tại Lào cho biết, các hoạt động không chỉ giúp kiều bào thêm gắn bó mà còn góp phần quảng bá văn hóa Việt Nam, vun đắp quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt giữa hai nước.
P: Đại sứ quán Việt Nam tại Lào đánh giá cao tinh thần đoàn kết của bà con, mong cộng đồng tiếp tục tuân thủ pháp luật nước sở tại, giữ gìn tiếng Việt cho thế hệ trẻ.
A: TRẦN HẢI
""",
"nhandan-asean-2024": """
D: 2024-08-08 15:02
T: Kỷ niệm 57 năm Ngày thành lập ASEAN tại Hà Nội
P: Chiều 8/8, tại Hà Nội, Bộ Ngoại giao tổ chức lễ thượng cờ kỷ niệm 57 năm Ngày thành lập Hiệp hội các quốc gia Đông Nam Á (ASEAN).
P: Dự buổi lễ có Thứ trưởng Ngoại giao Đỗ Hùng Việt, Trưởng SOM ASEAN Việt Nam; đại sứ, đại biện các nước ASEAN và Đông Ti-mo tại Việt Nam cùng đại diện các bộ, ngành.
I: Các đại biểu dự lễ thượng cờ tại trụ sở Bộ Ngoại giao.
P: Phát biểu tại buổi lễ, Thứ trưởng Đỗ Hùng Việt khẳng định, sau 29 năm gia nhập, Việt Nam luôn là thành viên tích cực, chủ động và có trách nhiệm, cùng các nước xây dựng Cộng đồng ASEAN đoàn kết, tự cường.
P: Trong năm 2024, Việt Nam tổ chức thành công Diễn đàn Tương lai ASEAN lần thứ nhất, đóng góp nhiều sáng kiến về chuyển đổi số, phát triển bền vững và thu hẹp khoảng cách phát triển trong khu vực.
P: Đại sứ Lào Khăm-phảo Ơn-thả-văn, thay mặt các đại sứ ASEAN, đánh giá cao vai trò của Việt Nam và mong các nước tiếp tục phối hợp chặt chẽ vì một khu vực hòa bình, ổn định và thịnh vượng.
A: Bài và ảnh: THU HÀ
""",
"nhandan-dulich-lao-2024": """
D: 2024-11-15 06:30
T: Hành trình “Một điểm đến, ba quốc gia” kết nối du lịch Việt Nam - Lào - Campuchia
L: Chương trình khảo sát, kết nối tour tuyến du lịch “Một điểm đến, ba quốc gia” vừa được tổ chức tại các tỉnh Kon Tum, Attapư và Ratanakiri với sự tham gia của 40 doanh nghiệp lữ hành ba nước.
P: Các doanh nghiệp đã khảo sát điểm du lịch sinh thái Măng Đen, Khu di tích ngục Kon Tum, các bản văn hóa của người Lào Lùm ở Attapư và hồ Yeak Laom ở Ratanakiri.
P: Theo các đại biểu, hạ tầng giao thông kết nối ba tỉnh đã được cải thiện, thủ tục qua lại cửa khẩu ngày càng thuận tiện. Tuy vậy, sản phẩm du lịch còn đơn điệu, thiếu dịch vụ lưu trú đạt chuẩn và hướng dẫn viên biết nhiều ngôn ngữ.
H: Cần cơ chế phối hợp chung
P: Các địa phương thống nhất kiến nghị:
O: Xây dựng bộ ấn phẩm quảng bá chung bằng tiếng Việt, Lào, Khmer và tiếng Anh;
O: Đơn giản hóa thủ tục cho xe du lịch qua lại ba nước;
O: Tổ chức định kỳ lễ hội văn hóa vùng ngã ba biên giới.
I: Đoàn doanh nghiệp lữ hành khảo sát tại Măng Đen. || TRUNG HIẾU
A: TRUNG HIẾU
""",
"vnplus-campuchia-thuongmai-2024": """
D: 2024-06-18 20:47
T: Thương mại Việt Nam - Campuchia hướng tới mốc 20 tỷ USD
L: Kim ngạch thương mại song phương Việt Nam - Campuchia 5 tháng đầu năm 2024 đạt gần 4 tỷ USD, tăng 15% so với cùng kỳ, tạo đà để hai nước hướng tới mục tiêu 20 tỷ USD trong thời gian tới.
P: Thông tin trên được đưa ra tại diễn đàn doanh nghiệp Việt Nam - Campuchia tổ chức ngày 18/6 tại Phnom Penh, với sự tham dự của hơn 300 doanh nghiệp hai nước.
I: Quang cảnh diễn đàn doanh nghiệp tại Phnom Penh. || Huy Thông/TTXVN
P: Theo Thương vụ Việt Nam tại Campuchia, các mặt hàng xuất khẩu chủ lực của Việt Nam gồm sắt thép, xăng dầu, phân bón và hàng dệt may; Việt Nam nhập khẩu từ Campuchia chủ yếu là hạt điều thô, cao su và sắn.
P: Đại diện Bộ Thương mại Campuchia cho biết, nước này khuyến khích doanh nghiệp Việt Nam đầu tư vào chế biến nông sản và logistics tại các tỉnh giáp biên nhằm giảm chi phí vận chuyển.
P: Các doanh nghiệp kiến nghị hai bên sớm kết nối thanh toán bằng mã QR, mở thêm cặp cửa khẩu chính và tăng cường chia sẻ thông tin về thị trường.
S: (TTXVN/Vietnam+)
""",
"vnplus-luuhocsinh-2023": """
D: 2023-09-14 18:20
T: Hơn 16.000 lưu học sinh Lào đang học tập tại Việt Nam
L: Năm học 2023 - 2024, Việt Nam tiếp nhận gần 16.400 lưu học sinh Lào theo học tại các cơ sở giáo dục trên cả nước, trong đó khoảng 1.200 người theo học bậc sau đại học.
P: Theo Bộ Giáo dục và Đào tạo, ngoài diện học bổng hiệp định, số lưu học sinh tự túc và theo thỏa thuận hợp tác giữa các địa phương tăng nhanh, tập trung ở các ngành y dược, kỹ thuật, nông nghiệp và kinh tế.
I: Lưu học sinh Lào tại Trường Đại học Vinh trong lễ khai giảng năm học mới. || Văn Tý/TTXVN
P: Nhiều trường đại học đã mở lớp dự bị tiếng Việt một năm, bố trí ký túc xá riêng và tổ chức hoạt động ngoại khóa giúp lưu học sinh hòa nhập.
P: Bà Viêng-khăm Phôm-ma-chăn, một lưu học sinh năm thứ ba ngành điều dưỡng, cho biết sau khi tốt nghiệp sẽ trở về quê hương làm việc tại bệnh viện tỉnh Hủa Phăn.
P: Bộ Giáo dục và Đào tạo cho biết sẽ tiếp tục nâng cao chất lượng đào tạo, chú trọng dạy tiếng Việt và quản lý lưu học sinh Lào, coi đây là nhiệm vụ chính trị quan trọng./.
S: (TTXVN/Vietnam+)
""",
"vnplus-hoithao-ttdn-2024": """
D: 2024-10-11 14:30
T: Ứng dụng trí tuệ nhân tạo trong công tác thông tin đối ngoại
L: Ngày 11/10, tại Hà Nội, Cục Thông tin đối ngoại (Bộ Thông tin và Truyền thông) tổ chức hội thảo “Ứng dụng công nghệ mới trong thông tin đối ngoại”.
P: Các chuyên gia cho rằng công cụ dịch máy, tổng hợp tiếng nói và phân tích dữ liệu mạng xã hội giúp các cơ quan rút ngắn đáng kể thời gian sản xuất tin, bài đa ngôn ngữ.
P: Tuy nhiên, bản dịch tự động vẫn cần được biên tập viên thông thạo ngoại ngữ kiểm tra, nhất là với thuật ngữ chính trị, tên riêng và các văn bản có tính pháp lý.
I: Các đại biểu tham dự hội thảo. || Minh Sơn/Vietnam+
H: Bảo đảm chính xác, nhất quán
P: Đại diện Thông tấn xã Việt Nam chia sẻ kinh nghiệm xây dựng bảng thuật ngữ dùng chung cho các ban biên tập tiếng nước ngoài, giúp thống nhất cách dịch tên cơ quan, chức danh và khái niệm đặc thù.
P: Hội thảo kiến nghị sớm ban hành hướng dẫn sử dụng trí tuệ nhân tạo trong hoạt động báo chí, bảo đảm an toàn thông tin và quyền tác giả.
A: Minh Sơn
S: (Vietnam+)
""",
"vnplus-kieubao-campuchia-2024": """
D: 2024-12-20 09:12
T: Người gốc Việt tại Campuchia được hỗ trợ giấy tờ cư trú
P: Chính phủ Campuchia đang đẩy nhanh việc cấp giấy tờ cư trú cho người gốc Việt sinh sống lâu năm tại nước này, giúp bà con ổn định cuộc sống, làm ăn.
P: Theo Hội Khmer - Việt Nam tại Campuchia, trong năm 2024, hơn 6.000 người đã được cấp thẻ cư trú vĩnh viễn hoặc giấy tờ tùy thân, chủ yếu tại các tỉnh Kampong Chhnang, Pursat và thủ đô Phnom Penh.
I: Bà con gốc Việt làm thủ tục cấp giấy tờ tại tỉnh Kampong Chhnang. || Thanh Vũ/TTXVN
P: Đại sứ quán Việt Nam tại Campuchia đánh giá cao chính sách này và cho biết sẽ tiếp tục phối hợp với các cơ quan chức năng sở tại hướng dẫn bà con hoàn thiện hồ sơ.
P: Nhiều gia đình sống trên sông Tonle Sap đã được chính quyền địa phương bố trí đất tái định cư, tạo điều kiện cho con em đến trường.
S: (TTXVN/Vietnam+)
""",
"vov-vientiane-2024": """
D: 2024-02-08 08:30
T: Đại sứ quán Việt Nam tại Lào gặp mặt kiều bào nhân dịp Tết Giáp Thìn
L: VOV.VN - Tối 7/2, tại Thủ đô Viêng Chăn, Đại sứ quán Việt Nam tại Lào tổ chức chương trình gặp mặt, chúc Tết cộng đồng người Việt Nam tại Lào.
P: Chương trình có sự tham gia của khoảng 500 kiều bào, đại diện các doanh nghiệp Việt Nam đầu tư tại Lào và lưu học sinh Việt Nam đang học tập tại nước bạn.
P: Phát biểu tại buổi gặp mặt, Đại sứ Nguyễn Minh Tâm điểm lại những dấu mốc nổi bật của quan hệ Việt Nam - Lào năm 2023 và ghi nhận đóng góp của cộng đồng người Việt trong việc vun đắp tình hữu nghị giữa hai dân tộc.
I: Đại sứ Nguyễn Minh Tâm chúc Tết cộng đồng người Việt tại Lào. || Hải Hà/VOV-Viêng Chăn
P: Đại sứ mong bà con tiếp tục đoàn kết, chấp hành nghiêm pháp luật của Lào, giữ gìn bản sắc văn hóa và dạy tiếng Việt cho con em.
P: Chương trình văn nghệ với các tiết mục ca ngợi quê hương, đất nước đã mang đến không khí Tết cổ truyền ấm áp cho những người con xa quê.
A: Hải Hà/VOV-Viêng Chăn
""",
"vov-bien-gioi-campuchia-2023": """
D: 2023-05-17 17:05
T: Tây Ninh và Svay Rieng phối hợp giữ gìn an ninh biên giới
L: VOV.VN - Bộ đội Biên phòng tỉnh Tây Ninh và lực lượng bảo vệ biên giới tỉnh Svay Rieng (Campuchia) vừa tổ chức hội đàm định kỳ, thống nhất nhiều biện pháp phối hợp quản lý đường biên giới chung.
P: Trong 6 tháng qua, hai bên đã tổ chức 48 cuộc tuần tra song phương, trao đổi hơn 100 tin liên quan đến tội phạm buôn lậu, vận chuyển ma túy và xuất nhập cảnh trái phép.
P: Lực lượng chức năng hai bên cũng phối hợp hướng dẫn người dân qua lại cửa khẩu đúng quy định, giải quyết kịp thời các vụ việc phát sinh, không để xảy ra điểm nóng.
I: Quang cảnh buổi hội đàm giữa Bộ đội Biên phòng Tây Ninh và lực lượng bảo vệ biên giới tỉnh Svay Rieng
P: Thời gian tới, hai bên thống nhất đẩy mạnh phong trào kết nghĩa đồn - đồn, bản - bản; phối hợp tuyên truyền cho cư dân biên giới về các hiệp ước, hiệp định biên giới đã ký kết.
A: Tuấn Anh/VOV-TP HCM
""",
"vov5-phatthanh-2024": """
D: 2024-09-07 10:10
T: VOV5 ra mắt chương trình phát thanh tiếng Khmer trên nền tảng số
L: VOV.VN - Kênh Truyền thanh Đối ngoại VOV5 vừa ra mắt chương trình tiếng Khmer phát trên ứng dụng di động và các nền tảng mạng xã hội, hướng tới thính giả tại Campuchia và cộng đồng Khmer ở nhiều nước.
P: Chương trình dài 30 phút mỗi ngày, gồm tin tức thời sự, chuyên mục văn hóa, học tiếng Việt và hộp thư thính giả.
P: Theo Ban biên tập, nhiều nội dung được sản xuất dưới dạng video ngắn có phụ đề, phù hợp với thói quen tiếp nhận thông tin của khán giả trẻ.
P: Trước đó, VOV5 đã chuyển đổi số phần lớn các chương trình tiếng nước ngoài với 13 thứ tiếng, thu hút hàng triệu lượt nghe, xem mỗi tháng từ hơn 100 quốc gia.
A: Thu Hà/VOV5
""",
"vov-bunpimay-2024": """
D: 2024-04-13 19:40
T: Sôi động Tết Bun-pi-may tại các tỉnh biên giới
L: VOV.VN - Những ngày này, tại các tỉnh biên giới giáp Lào, nhiều địa phương tổ chức hoạt động vui Tết cổ truyền Bun-pi-may cùng lưu học sinh và người dân nước bạn.
P: Tại Nghệ An, hơn 1.000 lưu học sinh Lào cùng sinh viên Việt Nam tham gia lễ buộc chỉ cổ tay, té nước cầu may và múa lăm vông trong khuôn viên Trường Đại học Vinh.
P: Ở Sơn La, Trường Cao đẳng Sơn La tổ chức chương trình giao lưu văn nghệ, ẩm thực truyền thống Lào với sự tham gia của đại diện Tổng Lãnh sự quán Lào tại Đà Nẵng.
P: Các hoạt động giúp lưu học sinh vơi bớt nỗi nhớ nhà, đồng thời giới thiệu nét đẹp văn hóa Lào tới bạn bè Việt Nam.
I: Lưu học sinh Lào và sinh viên Việt Nam múa lăm vông. || VOV Tây Bắc
A: Nhóm PV VOV
""",
"qdnd-giaoluu-bienphong-2024": """
D: 2024-03-22 08:15
T: Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào tại Điện Biên
L: QĐND - Sáng 21/3, tại tỉnh Điện Biên, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào tổ chức chương trình giao lưu hữu nghị quốc phòng biên giới lần thứ hai.
P: Chương trình gồm các hoạt động: lễ đón đoàn tại cửa khẩu quốc tế Tây Trang, thăm Đồn Biên phòng Na Ư, trồng cây hữu nghị, khám chữa bệnh miễn phí và trao quà cho nhân dân hai bên biên giới.
I: Lãnh đạo Bộ Quốc phòng hai nước trồng cây hữu nghị. Ảnh: VIẾT HƯNG
P: Tại buổi hội đàm, hai bên đánh giá hợp tác quốc phòng tiếp tục là trụ cột quan trọng trong quan hệ đặc biệt Việt Nam - Lào, nhất là trong công tác quản lý, bảo vệ biên giới và tìm kiếm, quy tập hài cốt liệt sĩ.
P: Dịp này, Bộ Quốc phòng Việt Nam bàn giao công trình trạm y tế cho huyện Mường Mày và trao tặng trang thiết bị cho đồn biên phòng của nước bạn.
A: VIẾT HƯNG
""",
"qdnd-quytap-2023": """
D: 2023-11-20 16:45
T: Tiếp nhận 16 hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào
L: QĐND - Ngày 20/11, tại cửa khẩu quốc tế Nậm Cắn, Bộ Chỉ huy Quân sự tỉnh Nghệ An tổ chức lễ tiếp nhận 16 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.
P: Các hài cốt được Đội K52 tìm kiếm, quy tập tại các tỉnh Xiêng Khoảng và Hủa Phăn trong mùa khô 2022 - 2023, với sự phối hợp chặt chẽ của chính quyền và nhân dân các bộ tộc Lào.
P: Tại buổi lễ, đại diện Bộ Quốc phòng Lào khẳng định sẽ tiếp tục cung cấp thông tin, tạo điều kiện để các đội quy tập Việt Nam hoạt động hiệu quả.
I: Các đại biểu làm lễ truy điệu các liệt sĩ
P: Ngay sau lễ tiếp nhận, các hài cốt liệt sĩ được an táng tại Nghĩa trang liệt sĩ quốc tế Việt - Lào.
A: Tin, ảnh: THANH HẢI
""",
"qdnd-daotao-lao-2024": """
D: 2024-07-05 14:00
T: Học viện Chính trị bế giảng khóa đào tạo cho học viên Quân đội nhân dân Lào
L: QĐND - Chiều 4/7, Học viện Chính trị (Bộ Quốc phòng) tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 45 học viên Quân đội nhân dân Lào.
P: Trong 4 năm học tập, các học viên đã hoàn thành chương trình đào tạo giảng viên khoa học xã hội và nhân văn quân sự; 100% đạt loại khá trở lên, nhiều học viên tốt nghiệp loại giỏi.
P: Phát biểu tại buổi lễ, Đại tá Vi-lay Thong-xa-vắt, Tùy viên Quốc phòng Lào tại Việt Nam cảm ơn các thầy cô và cán bộ học viện đã tận tình giúp đỡ các học viên trong học tập, sinh hoạt.
P: Theo lãnh đạo học viện, đào tạo cán bộ cho Quân đội nhân dân Lào là nhiệm vụ chính trị đặc biệt quan trọng, góp phần thắt chặt tình đoàn kết chiến đấu giữa quân đội hai nước.
A: ĐỨC NAM
""",
"qdnd-hai-quan-2024": """
D: 2024-05-30 07:20
T: Hải quân Việt Nam và Hải quân Hoàng gia Campuchia tuần tra chung lần thứ 58
L: QĐND - Từ ngày 27 đến 29/5, Vùng 5 Hải quân và Hải quân Hoàng gia Campuchia tổ chức tuần tra chung lần thứ 58 trên vùng nước lịch sử của hai nước.
P: Trong quá trình tuần tra, hai bên đã trao đổi thông tin, phối hợp kiểm tra, nhắc nhở tàu cá vi phạm và tuyên truyền cho ngư dân về quy định đánh bắt thủy sản.
P: Kết thúc chuyến tuần tra, hai bên tổ chức hội đàm, đánh giá kết quả và thống nhất kế hoạch tuần tra chung lần thứ 59.
P: Hoạt động tuần tra chung góp phần xây dựng vùng biển hòa bình, hữu nghị, hợp tác và phát triển, tạo điều kiện để ngư dân hai nước yên tâm bám biển. ■
A: Bài và ảnh: HỒNG QUÂN
""",
"chinhphu-pho-thu-tuong-lao-2024": """
D: 2024-05-09 17:30
T: Phó Thủ tướng tiếp Đoàn đại biểu tỉnh Champasak (Lào)
L: (Chinhphu.vn) - Chiều 9/5, tại Trụ sở Chính phủ, Phó Thủ tướng Trần Lưu Quang đã tiếp Đoàn đại biểu tỉnh Champasak (Lào) do Tỉnh trưởng Vi-ê-ng-thông Hắc-xay-sổng dẫn đầu đang thăm và làm việc tại Việt Nam.
P: Phó Thủ tướng đánh giá cao kết quả hợp tác giữa tỉnh Champasak với các địa phương của Việt Nam trong thời gian qua, nhất là trong lĩnh vực giáo dục, y tế và nông nghiệp.
P: Phó Thủ tướng đề nghị hai bên tiếp tục tạo thuận lợi cho doanh nghiệp Việt Nam đầu tư tại Champasak, phát huy hiệu quả các dự án trồng cây công nghiệp và chế biến nông sản.
I: Phó Thủ tướng Trần Lưu Quang tiếp Tỉnh trưởng tỉnh Champasak. || VGP/Hải Minh
P: Tỉnh trưởng Vi-ê-ng-thông Hắc-xay-sổng cảm ơn Chính phủ Việt Nam đã quan tâm, hỗ trợ tỉnh trong đào tạo cán bộ và xây dựng cơ sở hạ tầng; mong muốn các địa phương Việt Nam tiếp tục mở rộng hợp tác với tỉnh.
A: Hải Minh
""",
"chinhphu-quyetdinh-2023": """
D: 2023-12-05 11:20
T: Phê duyệt Đề án tăng cường thông tin đối ngoại giai đoạn 2023 - 2030
L: (Chinhphu.vn) - Phó Thủ tướng Trần Hồng Hà vừa ký Quyết định phê duyệt Đề án tăng cường thông tin đối ngoại về thành tựu phát triển của Việt Nam giai đoạn 2023 - 2030.
P: Mục tiêu của Đề án là nâng cao nhận thức của cộng đồng quốc tế về đất nước, con người Việt Nam; tạo sự đồng thuận, ủng hộ của bạn bè quốc tế đối với công cuộc đổi mới.
H: Nhiệm vụ chủ yếu
P: Đề án đề ra các nhiệm vụ sau:
O: Xây dựng cơ sở dữ liệu quốc gia về thông tin đối ngoại, cập nhật bằng tiếng Việt và ít nhất 5 thứ tiếng nước ngoài.
O: Sản xuất các ấn phẩm, phim tài liệu giới thiệu về Việt Nam phát hành tại các cơ quan đại diện ở nước ngoài.
O: Tổ chức đào tạo, bồi dưỡng kỹ năng thông tin đối ngoại cho cán bộ các bộ, ngành, địa phương.
O: Đẩy mạnh hợp tác với các cơ quan truyền thông nước ngoài và người Việt Nam ở nước ngoài.
P: Bộ Thông tin và Truyền thông chủ trì, phối hợp với Bộ Ngoại giao và các cơ quan liên quan tổ chức thực hiện Đề án; định kỳ hằng năm báo cáo Thủ tướng Chính phủ kết quả thực hiện.
""",
"chinhphu-hoinghi-dia-phuong-2024": """
D: 2024-08-27 19:05
T: Thủ tướng: Đối ngoại địa phương phải phục vụ thiết thực phát triển kinh tế
L: (Chinhphu.vn) - Chiều 27/8, Thủ tướng Phạm Minh Chính dự và phát biểu chỉ đạo Hội nghị toàn quốc về công tác đối ngoại địa phương năm 2024, kết nối trực tuyến với 63 tỉnh, thành phố.
P: Theo báo cáo tại hội nghị, trong năm qua các địa phương đã ký kết hơn 500 văn kiện hợp tác với đối tác nước ngoài, thu hút nhiều dự án đầu tư lớn và mở rộng thị trường cho nông sản.
I: Thủ tướng Phạm Minh Chính phát biểu chỉ đạo hội nghị. || VGP/Nhật Bắc
H: Ba trọng tâm của đối ngoại địa phương
P: Thủ tướng yêu cầu các địa phương bám sát chủ trương của Đảng, lấy người dân và doanh nghiệp làm trung tâm; đổi mới mạnh mẽ công tác thông tin, quảng bá hình ảnh địa phương ra thế giới.
P: Thủ tướng cũng đề nghị Bộ Ngoại giao tiếp tục hướng dẫn, hỗ trợ các tỉnh xây dựng đội ngũ cán bộ đối ngoại chuyên nghiệp, giỏi ngoại ngữ, am hiểu pháp luật quốc tế.
A: Đức Tuân
""",
"chinhphu-hoptac-campuchia-2023": """
D: 2023-03-30 15:50
T: Việt Nam - Campuchia thúc đẩy kết nối giao thông qua biên giới
L: (Chinhphu.vn) - Bộ trưởng Bộ Giao thông vận tải Việt Nam và Bộ trưởng Bộ Công chính và Vận tải Campuchia vừa có cuộc gặp, bàn các biện pháp thúc đẩy kết nối hạ tầng giao thông giữa hai nước.
P: Hai bộ trưởng thống nhất đẩy nhanh nghiên cứu tuyến cao tốc TP Hồ Chí Minh - Mộc Bài kết nối với Phnom Penh, đồng thời nâng cấp các tuyến quốc lộ dẫn đến cửa khẩu.
P: Hai bên cũng nhất trí tăng số lượng giấy phép vận tải đường bộ liên vận, tạo thuận lợi cho doanh nghiệp vận tải hàng hóa và hành khách.
P: Phía Campuchia đề nghị Việt Nam chia sẻ kinh nghiệm quản lý, bảo trì đường bộ và đào tạo cán bộ kỹ thuật ngành giao thông.
A: Anh Minh
""",
}
