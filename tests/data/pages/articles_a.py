# ruff: noqa: E501  (article text and page furniture are data: long lines on purpose)
"""Article bodies, part A (provincial and district portals, provincial newspapers).

Our own writing: fictional but plausible news about external information work,
local diplomacy and cooperation.  Events, figures and quotes are invented (most local
names too); nothing here is a statement of fact.  DSL, one item
per line:  T title, L lead, P paragraph, H sub-heading, I caption || credit,
U bulleted item, O numbered item, A author line (byline), S source line, D date.
"""

ARTICLES_A = {
"kontum-ttdn-2024": """
D: 2024-03-15 08:30
T: Kon Tum triển khai nhiệm vụ thông tin đối ngoại năm 2024
L: Sáng 14/3, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tổ chức hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Y Ngọc Lâm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
P: Năm 2023, các sở, ngành và địa phương trong tỉnh đã chủ động cung cấp thông tin về tiềm năng, thế mạnh của Kon Tum tới bạn bè quốc tế, nhất là hai tỉnh Attapư (Lào) và Ratanakiri (Campuchia) có chung đường biên giới.
P: Cổng thông tin điện tử tỉnh duy trì chuyên mục đối ngoại bằng tiếng Anh, tiếng Lào và tiếng Khmer với hơn 600 tin, bài được cập nhật trong năm. Báo Kon Tum và Đài Phát thanh - Truyền hình tỉnh phát sóng định kỳ các chương trình giới thiệu văn hóa, du lịch vùng ngã ba Đông Dương.
I: Đồng chí Y Ngọc Lâm phát biểu chỉ đạo tại hội nghị. || H.L
P: Công tác thông tin về biên giới, lãnh thổ được chú trọng. Lực lượng Bộ đội Biên phòng tỉnh phối hợp với chính quyền các xã biên giới tuyên truyền cho người dân về Hiệp định quy chế quản lý biên giới và cửa khẩu.
H: Khắc phục hạn chế, đổi mới phương thức
P: Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: nội dung thông tin có lúc chưa phong phú, việc ứng dụng mạng xã hội còn chậm, đội ngũ làm công tác thông tin đối ngoại ở cấp huyện phần lớn kiêm nhiệm.
P: Phát biểu kết luận, đồng chí Y Ngọc Lâm đề nghị các thành viên Ban Chỉ đạo tập trung vào ba nhóm nhiệm vụ trọng tâm trong năm 2024:
U: Đổi mới nội dung, hình thức thông tin, tăng cường sản phẩm đa ngôn ngữ trên nền tảng số;
U: Nâng cao chất lượng phối hợp giữa các cơ quan báo chí với Sở Ngoại vụ, Sở Thông tin và Truyền thông;
U: Tổ chức bồi dưỡng nghiệp vụ cho cán bộ làm công tác thông tin đối ngoại cấp huyện, cấp xã.
P: Nhân dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc trong công tác thông tin đối ngoại giai đoạn 2019 - 2023./.
A: Hồng Lam
""",
"quangtri-savannakhet-2024": """
D: 2024-05-22 16:05
T: Quảng Trị và Savannakhet ký kế hoạch hợp tác giai đoạn 2024 - 2026
L: Chiều 21/5, tại thành phố Đông Hà, UBND tỉnh Quảng Trị và Chính quyền tỉnh Savannakhet (Lào) tổ chức hội đàm và ký kết kế hoạch hợp tác giai đoạn 2024 - 2026.
P: Tham dự có Chủ tịch UBND tỉnh Võ Văn Hưng và Phó Tỉnh trưởng tỉnh Savannakhet Vi-lay-phon Xay-nha-vông cùng lãnh đạo các sở, ngành hai tỉnh.
I: Lãnh đạo hai tỉnh Quảng Trị và Savannakhet ký kế hoạch hợp tác || Đức Việt
P: Theo kế hoạch, hai bên tập trung hợp tác trên các lĩnh vực nông nghiệp, giáo dục, y tế, thương mại và đầu tư; đồng thời phối hợp chặt chẽ trong quản lý biên giới, phòng chống tội phạm xuyên biên giới.
P: Tỉnh Quảng Trị tiếp tục nhận 50 lưu học sinh Lào vào học tại các trường đào tạo của tỉnh mỗi năm, hỗ trợ xây dựng hai trạm y tế tại huyện Xê-pôn và tổ chức các lớp tập huấn kỹ thuật trồng cà phê cho nông dân vùng biên.
P: Phát biểu tại buổi hội đàm, Phó Tỉnh trưởng Vi-lay-phon Xay-nha-vông cảm ơn sự giúp đỡ quý báu của tỉnh Quảng Trị trong nhiều năm qua và khẳng định chính quyền tỉnh Savannakhet sẽ tạo điều kiện thuận lợi nhất để doanh nghiệp Quảng Trị đầu tư, kinh doanh tại địa phương.
I: Quang cảnh buổi hội đàm tại Đông Hà
P: Chủ tịch UBND tỉnh Võ Văn Hưng đề nghị hai bên sớm hoàn thiện hạ tầng cặp cửa khẩu Lao Bảo - Đen-xa-vẳn, đơn giản hóa thủ tục xuất nhập cảnh để hàng hóa, hành khách qua lại thuận tiện hơn trên Hành lang kinh tế Đông - Tây.
A: Thanh Hải (Sở Ngoại vụ)
""",
"dienbien-phongsaly-2023": """
D: 2023-11-08 10:12
T: Điện Biên tăng cường thông tin đối ngoại tại khu vực biên giới
P: Thực hiện Kế hoạch của Ban Chỉ đạo công tác thông tin đối ngoại tỉnh, từ đầu năm 2023 đến nay, các huyện biên giới Điện Biên đã tổ chức nhiều hoạt động tuyên truyền, thông tin đối ngoại hướng tới người dân hai bên biên giới Việt Nam - Lào.
P: Tại huyện Mường Nhé, Phòng Văn hóa và Thông tin phối hợp với Đồn Biên phòng A Pa Chải in và phát 2.000 tờ gấp song ngữ Việt - Lào về phòng, chống mua bán người và xuất nhập cảnh trái phép.
I: Cán bộ Đồn Biên phòng tuyên truyền cho người dân bản Tá Miếu. || Minh Thu
P: Đài Truyền thanh - Truyền hình các huyện Nậm Pồ, Điện Biên đã sản xuất chương trình phát thanh bằng tiếng Lào, phát sóng hai buổi mỗi tuần; nội dung giới thiệu chính sách của Việt Nam, kinh nghiệm sản xuất nông nghiệp và gương người tốt, việc tốt trong quan hệ láng giềng.
P: Nhiều cặp bản giáp biên giữa Điện Biên và tỉnh Phông-xa-lỳ (Lào) duy trì kết nghĩa, giao lưu văn nghệ, thể thao vào dịp Tết Nguyên đán và Tết Bun-pi-may. Những hoạt động này góp phần vun đắp tình đoàn kết, tin cậy giữa nhân dân hai bên.
P: Thời gian tới, tỉnh tiếp tục đầu tư trang thiết bị cho hệ thống truyền thanh cơ sở ở các xã biên giới, đồng thời nghiên cứu mở chuyên mục thông tin đối ngoại bằng tiếng Lào trên cổng thông tin điện tử tỉnh.
A: Minh Thu
S: Nguồn: Sở Thông tin và Truyền thông
""",
"angiang-takeo-2024": """
D: 2024-01-26 14:40
T: Hội chợ Thương mại biên giới An Giang - Tà Keo thu hút hơn 150 gian hàng
L: Ngày 25/1, tại Khu kinh tế cửa khẩu Tịnh Biên, Sở Công Thương An Giang phối hợp với Sở Thương mại tỉnh Tà Keo (Campuchia) khai mạc Hội chợ Thương mại biên giới năm 2024.
P: Hội chợ có hơn 150 gian hàng của doanh nghiệp hai nước, trưng bày các mặt hàng nông sản, thủ công mỹ nghệ, hàng tiêu dùng và vật liệu xây dựng. Nhiều sản phẩm OCOP của An Giang như khô cá lóc, đường thốt nốt, gạo thơm được khách Campuchia quan tâm.
I: Khách tham quan gian hàng nông sản tại hội chợ. || Hữu Đức
P: Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh Trần Thanh Hiệp cho biết kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh năm 2023 đạt gần 900 triệu USD, tăng 12% so với năm trước.
P: Ông Kim Sô-phia, Phó Tỉnh trưởng tỉnh Tà Keo đánh giá hội chợ là cầu nối để doanh nghiệp hai tỉnh gặp gỡ, tìm hiểu nhu cầu của nhau và mở rộng thị trường.
P: Hội chợ kéo dài đến hết ngày 31/1, bên cạnh hoạt động mua bán còn có hội thảo xúc tiến thương mại và chương trình giao lưu văn nghệ giữa các đoàn nghệ thuật hai tỉnh.
A: Hữu Đức - Trung tâm Xúc tiến Thương mại
""",
"quangninh-portal-hanquoc-2024": """
D: 2024-09-10 09:00
T: Quảng Ninh quảng bá du lịch tại Hàn Quốc
L: Từ ngày 5 đến 9/9, đoàn công tác tỉnh Quảng Ninh do Phó Chủ tịch UBND tỉnh Nghiêm Xuân Cường dẫn đầu đã tổ chức chương trình xúc tiến du lịch tại thành phố Busan và thủ đô Seoul (Hàn Quốc).
H: Giới thiệu sản phẩm mới
P: Tại hai thành phố, đoàn tổ chức hội nghị giới thiệu điểm đến với sự tham dự của hơn 200 doanh nghiệp lữ hành, hãng hàng không và cơ quan báo chí Hàn Quốc. Các sản phẩm du lịch mới như nghỉ dưỡng trên vịnh Bái Tử Long, du lịch sinh thái Vân Đồn và trải nghiệm văn hóa dân tộc Dao ở Bình Liêu được giới thiệu chi tiết.
I: Phó Chủ tịch UBND tỉnh Nghiêm Xuân Cường phát biểu tại hội nghị ở Busan. || Thu Hằng
P: Hàn Quốc hiện là thị trường khách quốc tế lớn nhất của Quảng Ninh. Trong 8 tháng đầu năm 2024, tỉnh đón khoảng 420.000 lượt khách Hàn Quốc, chiếm gần 30% tổng lượng khách quốc tế.
H: Ký kết hợp tác
P: Nhân dịp này, Sở Du lịch Quảng Ninh ký biên bản ghi nhớ hợp tác với Tổ chức Du lịch thành phố Busan về trao đổi thông tin, tổ chức đoàn khảo sát và quảng bá chéo trên các kênh truyền thông của hai bên.
P: Một số hãng hàng không cam kết nghiên cứu mở thêm đường bay thẳng từ Busan đến Cảng hàng không quốc tế Vân Đồn trong mùa cao điểm cuối năm.
A: Thu Hằng
""",
"daklei-hopnghi-2024": """
D: 2024-04-19 15:20
T: Huyện Đăk Glei giao lưu hữu nghị với huyện Đắc Chưng (Lào)
P: Ngày 18/4, Huyện ủy, UBND huyện Đăk Glei tổ chức đón đoàn đại biểu huyện Đắc Chưng, tỉnh Sê Kông (Lào) sang thăm, chúc Tết cổ truyền Bun-pi-may và trao đổi kinh nghiệm phát triển kinh tế - xã hội.
P: Tại buổi làm việc, lãnh đạo huyện Đăk Glei thông tin về kết quả thực hiện chương trình xây dựng nông thôn mới, mô hình trồng sâm Ngọc Linh và dược liệu dưới tán rừng. Đoàn huyện Đắc Chưng chia sẻ kinh nghiệm quản lý, bảo vệ rừng đầu nguồn.
P: Hai bên thống nhất tiếp tục phối hợp trong công tác quản lý biên giới, trao đổi thông tin về tình hình an ninh trật tự, phòng chống cháy rừng và dịch bệnh trên gia súc.
P: Dịp này, huyện Đăk Glei trao tặng huyện Đắc Chưng 50 suất quà gồm gạo, nhu yếu phẩm và đồ dùng học tập cho học sinh các bản biên giới.
A: Văn phòng HĐND - UBND huyện
""",
"huonghoa-cho-bien-2023": """
D: 2023-07-03 09:45
T: Hướng Hóa: chợ biên giới sôi động trở lại
P: Sau thời gian gián đoạn, các chợ biên giới trên địa bàn huyện Hướng Hóa đã hoạt động trở lại, thu hút đông đảo người dân hai bên biên giới Việt Nam - Lào đến trao đổi, mua bán hàng hóa.
P: Chợ Lao Bảo và chợ cửa khẩu La Lay họp hằng ngày, mỗi ngày có từ 300 đến 500 lượt người dân Lào sang mua hàng. Các mặt hàng được ưa chuộng là quần áo, đồ gia dụng, vật tư nông nghiệp, bánh kẹo.
P: Để hoạt động buôn bán diễn ra thuận lợi, UBND huyện đã chỉ đạo các ngành chức năng:
U: Bố trí lực lượng giữ gìn an ninh trật tự, vệ sinh môi trường tại các chợ;
U: Hướng dẫn tiểu thương niêm yết giá, không bán hàng giả, hàng kém chất lượng;
U: Phối hợp với chính quyền huyện Xê-pôn (Lào) tuyên truyền quy định về xuất nhập cảnh cho cư dân biên giới.
P: Theo ông Hồ Văn Thắm, Trưởng phòng Kinh tế và Hạ tầng huyện, chợ biên giới không chỉ là nơi mua bán mà còn là nơi gặp gỡ, thắt chặt tình cảm giữa người dân hai nước.
A: Trần Tuấn
""",
"kyson-luuhocsinh-2024": """
D: 2024-10-02 07:55
T: Kỳ Sơn trao học bổng cho học sinh Lào học tập tại huyện
P: Sáng 1/10, UBND huyện Kỳ Sơn tổ chức lễ khai giảng lớp tiếng Việt và trao học bổng cho 24 học sinh Lào đang học tập tại Trường Phổ thông dân tộc nội trú huyện.
P: Các em đến từ các huyện Noọng Hét, Khăm, Mường Mộc của tỉnh Xiêng Khoảng. Trong năm học 2024 - 2025, mỗi em được hỗ trợ tiền ăn, chỗ ở và 500.000 đồng mỗi tháng.
I: Lãnh đạo huyện Kỳ Sơn trao học bổng cho học sinh Lào
P: Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện Lương Văn Tuấn mong các em chăm chỉ học tập, trở thành cầu nối vun đắp tình hữu nghị giữa hai huyện biên giới. Nhà trường phân công giáo viên chủ nhiệm và học sinh người Việt kèm cặp các em trong sinh hoạt hằng ngày.
A: Lô Thị Hoa
S: Nguồn: Trung tâm Văn hóa - Thể thao và Truyền thông huyện
""",
"tinhbien-campuchia-2023": """
D: 2023-12-14 16:30
T: Thị xã Tịnh Biên tặng quà gia đình khó khăn ở huyện Kiri Vong (Campuchia)
P: Ngày 13/12, đoàn công tác thị xã Tịnh Biên do Phó Chủ tịch UBND thị xã Nguyễn Thành Lộc dẫn đầu đã đến thăm và tặng 200 phần quà cho các gia đình có hoàn cảnh khó khăn tại huyện Kiri Vong, tỉnh Tà Keo (Campuchia).
P: Mỗi phần quà gồm 20 kg gạo, mì gói, dầu ăn và nước mắm, tổng trị giá khoảng 100 triệu đồng do các doanh nghiệp, nhà hảo tâm trên địa bàn thị xã đóng góp.
P: Thay mặt chính quyền huyện Kiri Vong, ông Sâm Ôn, Phó Huyện trưởng cảm ơn tình cảm của chính quyền và nhân dân Tịnh Biên, mong hai địa phương tiếp tục duy trì các hoạt động giao lưu, hỗ trợ lẫn nhau.
P: Dịp này, hai bên trao đổi về công tác quản lý cư dân biên giới và phối hợp tổ chức giải bóng đá giao hữu nhân dịp đầu năm mới.
A: Thanh Tâm
""",
"muongnhe-benhvien-2024": """
D: 2024-06-12 10:00
T: Trung tâm Y tế huyện Mường Nhé khám, chữa bệnh cho người dân Lào
P: Năm 2023 và 5 tháng đầu năm 2024, Trung tâm Y tế huyện Mường Nhé đã khám, điều trị cho hơn 1.100 lượt người dân các bản giáp biên của huyện Mường Mày, tỉnh Phông-xa-lỳ.
P: Nhiều trường hợp cấp cứu được chuyển kịp thời qua lối mở A Pa Chải. Người bệnh nghèo được miễn, giảm viện phí theo chủ trương của tỉnh.
H: Đào tạo cán bộ y tế cho nước bạn
P: Trung tâm còn tiếp nhận 6 y sĩ của huyện Mường Mày sang thực hành tại các khoa khám bệnh, sản và truyền nhiễm, mỗi khóa kéo dài 6 tháng.
P: Bác sĩ Lò Văn Ún, Giám đốc Trung tâm cho biết, đơn vị đang đề xuất bổ sung phiên dịch tiếng Lào và in tờ hướng dẫn khám bệnh song ngữ để người bệnh thuận tiện hơn.
A: Quàng Hương
""",
"baoquangninh-trungquoc-2024": """
D: 2024-03-28 19:10
T: Móng Cái và Đông Hưng thúc đẩy giao lưu nhân dân
L: Ngày 27/3, UBND thành phố Móng Cái phối hợp với Chính quyền thành phố Đông Hưng (Quảng Tây, Trung Quốc) tổ chức chương trình giao lưu hữu nghị nhân dân biên giới năm 2024.
P: Chương trình gồm các hoạt động giao lưu văn nghệ, thi đấu bóng chuyền hơi, trưng bày ảnh về quan hệ hữu nghị giữa hai thành phố và gian hàng ẩm thực truyền thống.
I: Tiết mục văn nghệ của Đoàn nghệ thuật thành phố Móng Cái. || Mạnh Trường
P: Phát biểu tại chương trình, Phó Chủ tịch UBND thành phố Móng Cái Vũ Thị Thu Thủy cho biết, năm 2023, hai bên đã phối hợp tổ chức hơn 20 hoạt động giao lưu, trao đổi đoàn; kim ngạch xuất nhập khẩu qua cửa khẩu Bắc Luân II tăng mạnh.
P: Đại diện chính quyền thành phố Đông Hưng mong hai bên tiếp tục nâng cao hiệu quả thông quan, tạo điều kiện cho khách du lịch hai nước đi lại bằng giấy thông hành điện tử.
I: Các đại biểu tham quan triển lãm ảnh. || Mạnh Trường
P: Dịp này, Hội Liên hiệp Phụ nữ hai thành phố ký thỏa thuận hợp tác hỗ trợ phụ nữ vùng biên phát triển kinh tế, phòng chống mua bán người.
A: Mạnh Trường
""",
"baonghean-xiengkhouang-2024": """
D: 2024-04-06 18:25
T: Nghệ An và Xiêng Khoảng tăng cường hợp tác nông nghiệp, giáo dục
L: Chiều 5/4, trong chương trình công tác tại Lào, đoàn đại biểu tỉnh Nghệ An do Chủ tịch UBND tỉnh Nguyễn Văn Thành dẫn đầu đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng.
P: Tham gia đoàn có lãnh đạo các sở Ngoại vụ, Nông nghiệp và Phát triển nông thôn, Giáo dục và Đào tạo, Y tế, Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
H: NHIỀU KẾT QUẢ THIẾT THỰC
P: Thông tin tại buổi hội đàm cho thấy, năm 2023, tỉnh Nghệ An tiếp nhận 350 lưu học sinh Xiêng Khoảng học tại các trường đại học, cao đẳng; hỗ trợ xây dựng trường trung học cơ sở ở huyện Noọng Hét và chuyển giao giống lúa năng suất cao.
I: Đồng chí Nguyễn Văn Thành - Chủ tịch UBND tỉnh Nghệ An phát biểu tại buổi hội đàm. || Phạm Bằng
P: Tỉnh trưởng tỉnh Xiêng Khoảng Bun-thoong Xay-nha-vông đánh giá cao những hỗ trợ thiết thực của Nghệ An, nhất là trong lĩnh vực đào tạo nguồn nhân lực và y tế.
H: MỞ RỘNG HỢP TÁC KINH TẾ
P: Hai bên thống nhất khuyến khích doanh nghiệp đầu tư vào chăn nuôi bò, trồng cây ăn quả và chế biến nông sản; phối hợp hoàn thiện thủ tục nâng cấp cặp cửa khẩu Nậm Cắn - Nậm Khiền.
P: Cũng trong chiều 5/4, đoàn đã đến thăm Di tích Cánh đồng Chum và dâng hương tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam tại Xiêng Khoảng.
A: Phạm Bằng
""",
"baoquangtri-syndicated-2024": """
D: 2024-07-19 06:45
T: Tăng cường phối hợp thông tin đối ngoại giữa các tỉnh Hành lang kinh tế Đông - Tây
L: Ngày 18/7, tại thành phố Đông Hà, Sở Thông tin và Truyền thông Quảng Trị tổ chức hội thảo phối hợp thông tin đối ngoại giữa các địa phương trên Hành lang kinh tế Đông - Tây.
P: Tham dự hội thảo có đại diện các cơ quan thông tin, báo chí của 4 tỉnh Quảng Trị, Thừa Thiên Huế, Savannakhet (Lào) và Mukdahan (Thái Lan).
P: Các đại biểu nhận định, thông tin về môi trường đầu tư, du lịch và văn hóa của các địa phương trên tuyến hành lang còn rời rạc. Du khách và nhà đầu tư khó tìm được nguồn thông tin đầy đủ, cập nhật bằng nhiều ngôn ngữ.
I: Các đại biểu dự hội thảo tại Đông Hà
P: Hội thảo thống nhất xây dựng trang thông tin chung bằng 4 thứ tiếng Việt, Lào, Thái và Anh; định kỳ trao đổi tin, bài và tổ chức đoàn phóng viên tác nghiệp chung vào các dịp lễ lớn.
Q: “Mỗi địa phương là một mắt xích của hành lang. Thông tin tốt sẽ giúp cả tuyến cùng hấp dẫn hơn”, ông Hoàng Nam, Giám đốc Sở Thông tin và Truyền thông Quảng Trị nói.
S: Theo TTXVN
""",
"baohatinh-bolikhamxay-2023": """
D: 2023-10-24 11:30
T: Hà Tĩnh hỗ trợ tỉnh Bolikhamxay xây dựng trường học
P: Sáng 23/10, tại huyện Khăm Cợt, tỉnh Bolikhamxay (Lào), tỉnh Hà Tĩnh tổ chức lễ khánh thành Trường Trung học cơ sở Hữu nghị Hà Tĩnh - Bolikhamxay.
P: Công trình được xây dựng trong 10 tháng với tổng kinh phí 15 tỷ đồng từ nguồn ngân sách tỉnh Hà Tĩnh, gồm nhà học hai tầng với 12 phòng học, nhà hiệu bộ, nhà ở bán trú và các hạng mục phụ trợ.
I: Lãnh đạo hai tỉnh cắt băng khánh thành công trình. || Đình Nhất
P: Phát biểu tại lễ khánh thành, Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Ngọc Châu cho biết, ngôi trường là món quà thể hiện tình cảm của Đảng bộ, chính quyền và nhân dân Hà Tĩnh dành cho nhân dân các bộ tộc Lào tỉnh Bolikhamxay.
P: Phó Tỉnh trưởng tỉnh Bolikhamxay Khăm-pheng Xỉ-xu-phăn cảm ơn sự giúp đỡ quý báu của Hà Tĩnh và cam kết quản lý, sử dụng công trình đúng mục đích, hiệu quả.
P: Trường có quy mô 400 học sinh, đáp ứng nhu cầu học tập của con em 8 bản trong vùng. ■
A: Đình Nhất
""",
"baogialai-ratanakiri-2024": """
D: 2024-02-02 20:00
T: Gia Lai chúc Tết lực lượng vũ trang tỉnh Ratanakiri
P: Ngày 1/2, đoàn công tác tỉnh Gia Lai do Phó Bí thư Tỉnh ủy Rah Lan Chung dẫn đầu đã đến thăm, chúc Tết lãnh đạo và lực lượng vũ trang tỉnh Ratanakiri (Campuchia).
P: Tại buổi gặp mặt, đồng chí Rah Lan Chung thông báo kết quả phát triển kinh tế - xã hội của Gia Lai năm 2023 và cảm ơn chính quyền Ratanakiri đã phối hợp tốt trong việc quản lý, bảo vệ đường biên giới chung.
P: Phó Tỉnh trưởng tỉnh Ratanakiri Sê Đa-ra khẳng định sẽ tiếp tục phối hợp với Gia Lai trong tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Campuchia và xử lý kịp thời các vụ việc phát sinh trên biên giới.
I: Đồng chí Rah Lan Chung tặng quà lực lượng vũ trang tỉnh Ratanakiri. || Hà Duy
P: Nhân dịp này, đoàn trao tặng 100 suất quà cho các gia đình chính sách và 20 chiếc xe máy cho lực lượng bảo vệ biên giới của tỉnh bạn.
A: Hà Duy
""",
}
